namespace CodingAudit.Persistence.Audits;

/// <summary>The stage names a run moves through; stored in <c>audit_runs.stage</c> and <c>shard_progress.stage</c>.</summary>
public static class AuditStages
{
    public const string Created = "created";
    public const string Frame = "frame";
    public const string Sample = "sample";
    public const string Check = "check";
    public const string Population = "population";
    public const string Score = "score";
    public const string Report = "report";
    public const string Publish = "publish";
    public const string Done = "done";
}

/// <summary>Run status values stored in <c>audit_runs.status</c>.</summary>
public static class RunStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}
