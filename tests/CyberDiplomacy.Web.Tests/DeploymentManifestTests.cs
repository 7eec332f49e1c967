using System.Globalization;
using CyberDiplomacy.Web.Tests.Infrastructure;
using YamlDotNet.Serialization;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// deploy/kubernetes and the Dockerfile carry what this app relies on to scale out: replicas, separate probes on the
/// app's real endpoints, resources, a locked-down container on read-only baked data, and objects that point at each
/// other. (Schemas are checked in CI by deploy/kubernetes/validate with the npm package kubernetes-models.)
/// </summary>
public sealed class DeploymentManifestTests
{
    private static readonly string Root = RepositoryPaths.Root;
    private static readonly Dictionary<string, Dictionary<object, object>> Manifests = Directory
        .GetFiles(Path.Combine(Root, "deploy", "kubernetes"), "*.yaml")
        .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(path)));

    [Fact]
    public void Deployment_runs_three_locked_down_replicas_with_separate_probes()
    {
        var deployment = Manifests["deployment"];
        Assert.Equal(("apps/v1", "Deployment"), (Text(deployment, "apiVersion"), Text(deployment, "kind")));
        Assert.Equal("3", Text(deployment, "spec.replicas"));
        Assert.Equal(Text(deployment, "spec.selector.matchLabels.app.kubernetes.io/name"), Text(deployment, "spec.template.metadata.labels.app.kubernetes.io/name"));
        Assert.Equal("true", Text(deployment, "spec.template.spec.securityContext.runAsNonRoot"));

        var container = "spec.template.spec.containers.0.";
        Assert.Equal("/readyz", Text(deployment, container + "readinessProbe.httpGet.path"));
        Assert.Equal("/healthz", Text(deployment, container + "livenessProbe.httpGet.path"));
        Assert.Equal("http", Text(deployment, container + "readinessProbe.httpGet.port"));
        Assert.Equal("http", Text(deployment, container + "ports.0.name"));
        Assert.Equal("8080", Text(deployment, container + "ports.0.containerPort"));
        foreach (var kind in new[] { "requests", "limits" })
        {
            Assert.NotEmpty(Text(deployment, $"{container}resources.{kind}.cpu"));
            Assert.NotEmpty(Text(deployment, $"{container}resources.{kind}.memory"));
        }
        Assert.Equal("false", Text(deployment, container + "securityContext.allowPrivilegeEscalation"));
        Assert.Equal("true", Text(deployment, container + "securityContext.readOnlyRootFilesystem"));
        Assert.Equal("true", Text(deployment, container + "securityContext.runAsNonRoot"));
        Assert.Equal("ALL", Text(deployment, container + "securityContext.capabilities.drop.0"));
        Assert.Equal("/tmp", Text(deployment, container + "volumeMounts.0.mountPath"));
        var volume = Text(deployment, container + "volumeMounts.0.name");
        Assert.Equal(volume, Text(deployment, "spec.template.spec.volumes.0.name"));
        Assert.NotNull(Node(deployment, "spec.template.spec.volumes.0.emptyDir"));
        var env = ((List<object>)Node(deployment, container + "env")!).Cast<Dictionary<object, object>>()
            .ToDictionary(e => (string)e["name"], e => (string)e["value"]);
        Assert.Equal("true", env["KnowledgeBase__ReadOnlyData"]);
        Assert.Equal("false", env["KnowledgeBase__WatchContent"]);
        Assert.Equal("Production", env["ASPNETCORE_ENVIRONMENT"]);
        Assert.StartsWith("https://", env["KnowledgeBase__SiteUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public void Service_ingress_and_autoscaler_point_at_the_deployment()
    {
        var deployment = Manifests["deployment"];
        var app = Text(deployment, "spec.template.metadata.labels.app.kubernetes.io/name");
        var service = Manifests["service"];
        Assert.Equal(app, Text(service, "spec.selector.app.kubernetes.io/name"));
        Assert.Equal(Text(deployment, "spec.template.spec.containers.0.ports.0.name"), Text(service, "spec.ports.0.targetPort"));

        var ingress = Manifests["ingress"];
        Assert.Equal("networking.k8s.io/v1", Text(ingress, "apiVersion"));
        Assert.Equal(Text(service, "metadata.name"), Text(ingress, "spec.rules.0.http.paths.0.backend.service.name"));
        Assert.Equal(Text(service, "spec.ports.0.name"), Text(ingress, "spec.rules.0.http.paths.0.backend.service.port.name"));
        Assert.NotEmpty(Text(ingress, "spec.tls.0.secretName"));

        var hpa = Manifests["hpa"];
        Assert.Equal(("autoscaling/v2", "HorizontalPodAutoscaler"), (Text(hpa, "apiVersion"), Text(hpa, "kind")));
        Assert.Equal(("Deployment", Text(deployment, "metadata.name")), (Text(hpa, "spec.scaleTargetRef.kind"), Text(hpa, "spec.scaleTargetRef.name")));
        Assert.Equal(("cpu", "Utilization", "70"), (Text(hpa, "spec.metrics.0.resource.name"), Text(hpa, "spec.metrics.0.resource.target.type"), Text(hpa, "spec.metrics.0.resource.target.averageUtilization")));
        Assert.True(int.Parse(Text(hpa, "spec.minReplicas"), CultureInfo.InvariantCulture) >= 3);
        Assert.Equal(app, Text(Manifests["pdb"], "spec.selector.matchLabels.app.kubernetes.io/name"));
    }

    [Fact]
    public void Image_bakes_the_data_and_serves_it_read_only_as_a_numeric_non_root_user()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
        Assert.Contains("kb.dll build --content /app/content --data /app/data", dockerfile, StringComparison.Ordinal);
        Assert.Contains("KnowledgeBase__ReadOnlyData=true", dockerfile, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", dockerfile, StringComparison.Ordinal);
        Assert.DoesNotContain("--chown", dockerfile, StringComparison.Ordinal); // baked data stays root-owned: the app cannot change it
    }

    /// <summary>A value by dotted path; list items by index; a key with dots (app.kubernetes.io/name) is matched whole.</summary>
    private static object? Node(object root, string path)
    {
        object? node = root;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length && node is not null; i++)
        {
            switch (node)
            {
                case List<object> list:
                    node = list[int.Parse(parts[i], CultureInfo.InvariantCulture)];
                    break;
                case Dictionary<object, object> map:
                    var key = parts[i];
                    // Keys such as app.kubernetes.io/name hold dots: take the longest run of parts that is a key.
                    for (var j = parts.Length; j > i; j--)
                    {
                        var candidate = string.Join('.', parts[i..j]);
                        if (!map.ContainsKey(candidate)) continue;
                        key = candidate;
                        i = j - 1;
                        break;
                    }
                    node = map.GetValueOrDefault(key);
                    break;
                default:
                    return null;
            }
        }
        return node;
    }

    private static string Text(object root, string path) =>
        Node(root, path)?.ToString() ?? throw new Xunit.Sdk.XunitException($"{path} is missing");
}
