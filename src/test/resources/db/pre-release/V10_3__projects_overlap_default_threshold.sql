-- The first default threshold (0.45) proposed every pair that shares a reform area and a beneficiary in the same
-- country, however briefly their periods overlap: in a busy country, where several donors support one ministry,
-- that is a third of all candidate pairs, too many to triage. At 0.55 such a pair is proposed when the periods
-- overlap fully, or when something more points to duplication: the same implementer, or similar titles and
-- descriptions. Settings a coordinator has already tuned are kept.
update overlap_settings set threshold = 0.550
where id = 1 and threshold = 0.450 and weight_area = 0.200 and weight_beneficiary = 0.200
  and weight_implementer = 0.150 and weight_text = 0.300 and weight_period = 0.150;
