using Hangfire;

namespace CodingAudit.Jobs.Hosting;

/// <summary>Builds job instances from one factory function, so jobs get their collaborators without a DI container.</summary>
public sealed class DelegateJobActivator(Func<Type, object> create) : JobActivator
{
    public override object ActivateJob(Type jobType) => create(jobType);
}
