-- "Not applicable" and "nothing to report" records are few among many pieces of evidence; the status
-- of every mechanism looks them up by kind, which without this index read every evidence row.
create index ix_evidence_kind on evidence (kind);
