using System.Collections;
using System.Reflection;
using WorkshopAdvisor.Testing.Providers;

namespace WorkshopAdvisor.Api.Tests.Mapping;

/// <summary>
/// The mapping code is generated at compile time (Mapperly), and a mapping of a self-referential type
/// graph would be generated as recursion whose depth the input decides: the uncontrolled recursion of
/// GHSA-rvv3-g6hj-g44x in another library. These tests keep every mapped type graph acyclic, so that no
/// mapping can recurse at all (docs/adr/0001).
/// </summary>
[WithoutDatabase]
public sealed class MapperGraphTests
{
    private static readonly Assembly Api = typeof(Program).Assembly;

    public static TheoryData<string> MappingMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in Mappers().SelectMany(m => m.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)))
        {
            data.Add(Key(method));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MappingMethods))]
    public void MappedTypes_HaveNoSelfReferentialGraph(string mapping)
    {
        var method = Mappers().SelectMany(m => m.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Single(m => Key(m) == mapping);

        Assert.Null(CycleIn(Element(method.GetParameters()[0].ParameterType)));
        Assert.Null(CycleIn(Element(method.ReturnType)));
    }

    [Fact]
    public void Mappers_AreFound_SoTheGraphTestChecksSomething()
    {
        Assert.Contains(Mappers(), m => m.Name == "RepairOrderListMapper");
        Assert.True(MappingMethods().Count >= 5);
    }

    [Fact]
    public void CycleIn_ASelfReferentialType_IsFound()
    {
        Assert.Equal("Node → Node", CycleIn(typeof(Node)));
        Assert.Equal("Parent → Child → Parent", CycleIn(typeof(Parent)));
        Assert.Null(CycleIn(typeof(Leaf)));
    }

    private static string Key(MethodInfo method) => $"{method.DeclaringType!.Name}.{method.Name}({Name(method.GetParameters()[0].ParameterType)})";

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;

    private static IEnumerable<Type> Mappers() =>
        Api.GetTypes().Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Mapper", StringComparison.Ordinal));

    /// <summary>The first path from a type back to itself through its properties, or null.</summary>
    private static string? CycleIn(Type root)
    {
        var path = new List<Type>();
        return Walk(root);

        string? Walk(Type type)
        {
            type = Element(type);
            if (!IsOurs(type))
            {
                return null;
            }
            if (path.Contains(type))
            {
                return string.Join(" → ", path.SkipWhile(t => t != type).Append(type).Select(t => t.Name));
            }
            path.Add(type);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            {
                if (Walk(property.PropertyType) is { } cycle)
                {
                    return cycle;
                }
            }
            path.RemoveAt(path.Count - 1);
            return null;
        }
    }

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("WorkshopAdvisor", StringComparison.Ordinal) == true && !type.IsEnum;

    private static Type Element(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return underlying;
        }
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            return type.IsArray ? type.GetElementType()! : type.GetGenericArguments().LastOrDefault() ?? typeof(object);
        }
        return type;
    }

    private sealed class Node
    {
        public Node? Next { get; init; }
    }

    private sealed record Parent(IReadOnlyList<Child> Children);

    private sealed record Child(Parent Owner);

    private sealed record Leaf(string Name, IReadOnlyList<int> Values);
}
