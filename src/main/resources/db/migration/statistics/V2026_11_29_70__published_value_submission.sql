-- Accepting a report for the regional view flags its published figures by submission.
create index published_value_submission on published_value (submission_id);
