using BenchmarkDotNet.Running;
using WorkshopAdvisor.Benchmarks.Pdf;
using WorkshopAdvisor.Benchmarks.Support;

if (args is ["--cpu-time"])
{
    WorkOrderPdfCpuTime.Run();
    return;
}

if (args is ["--render", .. var loop])
{
    WorkOrderPdfLoop.Run(loop);
    return;
}

// Every benchmark class of this assembly is offered; pick with --filter, e.g. --filter *Pdf*.
BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, new BenchConfig());
