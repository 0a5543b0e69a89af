package org.concord.shared.web;

import org.concord.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Shows the rules a service refused beside the fields of the form that sent them. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void apply(InvalidInputException e, BindingResult binding) {
        for (InvalidInputException.FieldError error : e.errors()) {
            String field = binding.getTarget() != null && hasField(binding, error.field()) ? error.field() : null;
            if (field != null) {
                binding.rejectValue(field, error.messageKey(), error.arguments(), error.rule());
            } else {
                binding.reject(error.messageKey(), error.arguments(), error.rule());
            }
        }
    }

    private static boolean hasField(BindingResult binding, String field) {
        try {
            binding.getFieldType(field);
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
