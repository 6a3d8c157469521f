using BenchmarkDotNet.Running;
using WorkshopAdvisor.Benchmarks.Support;

// Every benchmark class of this assembly is offered; pick with --filter, e.g. --filter *Pdf*.
BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, new BenchConfig());
