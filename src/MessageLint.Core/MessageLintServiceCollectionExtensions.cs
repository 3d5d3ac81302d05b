using MessageLint.Core.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MessageLint.Core;

/// <summary>Registers MessageLint's engine and rules with Microsoft.Extensions.DependencyInjection.</summary>
public static class MessageLintServiceCollectionExtensions
{
    /// <summary>Adds the engine: a singleton built from every registered <see cref="MessageRule"/> and, when one is registered, the sentence classifier.</summary>
    public static IServiceCollection AddMessageLint(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(provider => new LintEngine(provider.GetServices<MessageRule>(), provider.GetService<Classification.ISentenceClassifier>()));
        return services;
    }

    /// <summary>Adds one rule; rules are singletons because the engine initializes them once.</summary>
    public static IServiceCollection AddRule<TRule>(this IServiceCollection services)
        where TRule : MessageRule
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MessageRule, TRule>());
        return services;
    }

    /// <summary>Adds every concrete rule type of an assembly (used for rule packs the user names).</summary>
    public static IServiceCollection AddRulesFrom(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetExportedTypes().Where(t => t is { IsAbstract: false, IsClass: true } && typeof(MessageRule).IsAssignableFrom(t)))
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(MessageRule), type));
        }

        return services;
    }

    /// <summary>
    /// Loads a rule pack from a file the user named and adds its rules; returns false with the reason
    /// when the file is missing, not a .NET assembly or cannot load, so every host reports it the same way.
    /// </summary>
    public static bool TryAddRulesFromFile(this IServiceCollection services, string path, out string? error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            services.AddRulesFrom(System.Runtime.Loader.AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(path)));
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or ArgumentException or System.Reflection.ReflectionTypeLoadException or FileLoadException)
        {
            error = ex is BadImageFormatException ? "is not a .NET assembly" : ex.Message;
            return false;
        }
    }
}
