-- Two built-in reform-area colours fell short of the 3:1 contrast against white that the reform-area editor itself
-- requires of a colour (WCAG 2.1, 1.4.11): Parliamentary oversight #bf8f00 (2.94:1) and Human rights #00b050
-- (2.87:1). They become darker shades of the same hues, #9c7400 (4.28:1) and #008a3e (4.46:1), only where the
-- colour is still the built-in one: one an administrator chose is kept.
update reform_area set colour = '#9c7400' where code = 'PARLIAMENTARY_OVERSIGHT' and colour = '#bf8f00';
update reform_area set colour = '#008a3e' where code = 'HUMAN_RIGHTS' and colour = '#00b050';
