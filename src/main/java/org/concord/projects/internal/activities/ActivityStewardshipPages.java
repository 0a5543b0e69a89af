package org.concord.projects.internal.activities;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an activity's own coordinators decide about it beside its content: whether it is public or a draft, and
 * whether it is entered by hand or maintained by its organisation's file imports. Handing over and taking back are
 * asked on a page of their own that says what follows; {@link ActivityEditing} checks who may and audits each.
 */
@Controller
@RequestMapping("/activities/{id:\\d+}")
class ActivityStewardshipPages {

    private final ActivityEditing editing;
    private final ActivityService activities;

    ActivityStewardshipPages(ActivityEditing editing, ActivityService activities) {
        this.editing = editing;
        this.activities = activities;
    }

    @PostMapping("/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        editing.publish(id, true);
        return done(id, "activity.published.notice", redirect);
    }

    @PostMapping("/unpublish")
    String unpublish(@PathVariable long id, RedirectAttributes redirect) {
        editing.publish(id, false);
        return done(id, "activity.unpublished.notice", redirect);
    }

    @GetMapping("/hand-over")
    String confirmHandOver(@PathVariable long id, Model model) {
        return confirm(id, true, model);
    }

    @PostMapping("/hand-over")
    String handOver(@PathVariable long id, RedirectAttributes redirect) {
        editing.handOver(id);
        return done(id, "activity.hand-over.notice", redirect);
    }

    @GetMapping("/take-back")
    String confirmTakeBack(@PathVariable long id, Model model) {
        return confirm(id, false, model);
    }

    @PostMapping("/take-back")
    String takeBack(@PathVariable long id, RedirectAttributes redirect) {
        editing.takeBack(id);
        return done(id, "activity.take-back.notice", redirect);
    }

    private String confirm(long id, boolean handOver, Model model) {
        ActivityService.ActivityDetail detail = activities.getToManage(id);
        model.addAttribute("detail", detail);
        model.addAttribute("a", detail.activity());
        model.addAttribute("handOver", handOver);
        model.addAttribute("already", handOver != ActivityEditing.BY_HAND.equals(detail.source()));
        return "activities/stewardship";
    }

    private static String done(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/activities/" + id;
    }
}
