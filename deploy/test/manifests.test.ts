/**
 * deploy/k8s as an operator applies it: every file is part of a kustomization, every object is
 * valid against the Kubernetes (and KEDA) API schemas, and the settings the runner's safety and
 * draining depend on say what deploy/README.md and the runner's Dockerfile say.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_BUDGET_MS } from "../../contracts/runner.js";
import { filesUnder, K8S_DIR, type KubeObject, kustomizationFiles, readYaml, rel, validateObject } from "./manifests.js";
import { PROFILE_PATH } from "./seccomp-profile.js";

const KUSTOMIZATIONS = filesUnder(K8S_DIR).filter((f) => basename(f) === "kustomization.yaml").map((f) => dirname(join(K8S_DIR, f)));
const named = KUSTOMIZATIONS.map(kustomizationFiles);
const resourceFiles = named.flatMap((n) => n.resources);
const objects = resourceFiles.flatMap((f) => (readYaml(f) as KubeObject[]).map((o) => ({ file: rel(f), o })));
const one = <T = KubeObject>(kind: string) => {
  const found = objects.filter(({ o }) => o.kind === kind);
  expect(found.map(({ file }) => file), kind).toHaveLength(1);
  return found[0].o as T;
};

// The fields the assertions read; the schemas have already checked their types.
type Container = {
  env: { name: string; value: string }[];
  ports: { name: string; containerPort: number }[];
  resources: { requests: Record<string, string>; limits: Record<string, string> };
  securityContext: { allowPrivilegeEscalation: boolean; privileged: boolean; capabilities: { drop: string[]; add: string[] } };
  readinessProbe: { httpGet: { path: string; port: string } };
  livenessProbe: { httpGet: { path: string; port: string } };
  lifecycle: { preStop: { sleep: { seconds: number } } };
  volumeMounts: { name: string; mountPath: string; subPath?: string; readOnly?: boolean }[];
};
type PodSpec = {
  hostUsers: boolean;
  terminationGracePeriodSeconds: number;
  securityContext: { seccompProfile: { type: string; localhostProfile: string } };
  containers: Container[];
  volumes: { name: string; secret?: { secretName: string } }[];
};
type Deployment = KubeObject & { spec: { selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string> }; spec: PodSpec } } };

const deployment = () => one<Deployment>("Deployment");
const pod = () => deployment().spec.template.spec;
const runner = () => pod().containers[0];
const env = (name: string) => runner().env.find((e) => e.name === name)?.value;

describe("deploy/k8s", () => {
  it("lists every file in a kustomization, and every file it lists exists", () => {
    const listed = new Set([...named.flatMap((n) => [...n.resources, ...n.patches, ...n.kustomizations]), PROFILE_PATH].map(rel));
    expect(filesUnder(K8S_DIR).filter((f) => !listed.has(f)), "files no kustomization names").toEqual([]);
    expect([...listed].filter((f) => !existsSync(join(K8S_DIR, f))), "names with no file").toEqual([]);
    expect(KUSTOMIZATIONS.map(rel).sort()).toEqual(["", "keda"]);
  });

  it("validates every object against its API schema, and ships no Secret", () => {
    expect(objects.map(({ o }) => o.kind).sort()).toEqual(["Deployment", "HorizontalPodAutoscaler", "Namespace", "NetworkPolicy", "PodDisruptionBudget", "ScaledObject", "Service"]);
    for (const { file, o } of objects) validateObject(o, file);
  });

  it("a schema violation is reported with the file and the field", () => {
    const broken = structuredClone(deployment());
    (broken.spec.template.spec.containers[0].resources.limits as Record<string, unknown>).cpu = "two";
    expect(() => validateObject(broken, "deployment.yaml")).toThrow(/deployment\.yaml: Deployment duet-runner: .*resources\/limits\/cpu/);
  });

  it("runs the runner in a user namespace under the shipped seccomp profile, with the Dockerfile's capabilities only", () => {
    expect(pod().hostUsers).toBe(false);
    expect(pod().securityContext.seccompProfile).toEqual({ type: "Localhost", localhostProfile: `duet/${basename(PROFILE_PATH)}` });
    const dockerfile = readFileSync(new URL("../../runner-service/Dockerfile", import.meta.url), "utf8");
    const dockerCaps = /--cap-drop=ALL --cap-add=([A-Z_,]+)/.exec(dockerfile)?.[1].split(",");
    expect(dockerCaps).toBeDefined();
    expect(runner().securityContext).toMatchObject({ allowPrivilegeEscalation: false, privileged: false, capabilities: { drop: ["ALL"] } });
    expect(runner().securityContext.capabilities.add.sort()).toEqual(dockerCaps?.sort());
  });

  it("mounts the runner secret as the file the runner reads, and never puts it in the environment", () => {
    const mount = runner().volumeMounts.find((m) => m.mountPath === "/run/secrets/runner");
    const volume = pod().volumes.find((v) => v.name === mount?.name);
    expect(mount).toMatchObject({ readOnly: true, subPath: "runner" });
    expect(volume?.secret?.secretName).toBe("duet-runner");
    expect(env("RUNNER_SECRET_FILE")).toBe("/run/secrets/runner");
    expect(env("RUNNER_SECRET")).toBeUndefined();
  });

  it("probes /healthz on the runner's port, and gives a drain longer than the longest run time to finish", () => {
    const http = runner().ports.find((p) => p.name === "http");
    expect(http?.containerPort).toBe(8790);
    for (const probe of [runner().readinessProbe, runner().livenessProbe]) expect(probe.httpGet).toEqual({ path: "/healthz", port: "http" });
    const drainMs = Number(env("RUNNER_DRAIN_MS"));
    expect(drainMs).toBeGreaterThan(MAX_BUDGET_MS);
    const preStopMs = runner().lifecycle.preStop.sleep.seconds * 1000;
    expect(pod().terminationGracePeriodSeconds * 1000).toBeGreaterThan(preStopMs + drainMs);
  });

  it("asks for whole CPUs, as many as RUNNER_CONCURRENCY, with CPU and memory requests equal to limits", () => {
    const { requests, limits } = runner().resources;
    // Guaranteed QoS: CPU and memory requests equal to their limits.
    expect([requests.cpu, requests.memory]).toEqual([limits.cpu, limits.memory]);
    expect(requests.cpu).toMatch(/^[1-9]\d*$/);
    expect(Number(env("RUNNER_CONCURRENCY"))).toBe(Number(requests.cpu));
  });

  it("exposes port 8790 in the cluster only, denies all egress, and scales the Deployment on CPU or on the runner's queue", () => {
    const labels = deployment().spec.template.metadata.labels;
    expect(deployment().spec.selector.matchLabels).toEqual(labels);
    const service = one<KubeObject & { spec: { type: string; selector: object; ports: { port: number; targetPort: string }[] } }>("Service");
    expect(service.spec).toMatchObject({ type: "ClusterIP", selector: labels, ports: [{ port: 8790, targetPort: "http" }] });
    const policy = one<KubeObject & { spec: { podSelector: { matchLabels: object }; policyTypes: string[]; egress: unknown[]; ingress: { ports: { port: number }[] }[] } }>("NetworkPolicy");
    expect(policy.spec.podSelector.matchLabels).toEqual(labels);
    expect(policy.spec.policyTypes).toContain("Egress");
    expect(policy.spec.egress).toEqual([]);
    expect(policy.spec.ingress.flatMap((r) => r.ports.map((p) => p.port))).toEqual([8790]);
    expect(one<KubeObject & { spec: { selector: { matchLabels: object } } }>("PodDisruptionBudget").spec.selector.matchLabels).toEqual(labels);
    const target = { name: "duet-runner" };
    expect(one<KubeObject & { spec: object }>("HorizontalPodAutoscaler").spec).toMatchObject({ scaleTargetRef: { kind: "Deployment", ...target }, metrics: [{ resource: { name: "cpu" } }] });
    const scaled = one<KubeObject & { spec: { scaleTargetRef: object; triggers: { type: string; metadata: { query?: string } }[] } }>("ScaledObject");
    expect(scaled.spec.scaleTargetRef).toEqual(target);
    expect(scaled.spec.triggers.find((t) => t.type === "prometheus")?.metadata.query).toMatch(/runner_running.*\+.*runner_queued/);
  });
});

const kubectl = ["/usr/bin/kubectl", "/usr/local/bin/kubectl"].find(existsSync);

describe.skipIf(!kubectl)("kubectl kustomize (when kubectl is installed)", () => {
  const build = (dir: string) => (readYaml(join(dir, "out.yaml")) as KubeObject[]).map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`).sort();
  const kustomize = (dir: string) => execFileSync(kubectl as string, ["kustomize", dir, "-o", join(dir, "out.yaml")], { stdio: ["ignore", "pipe", "pipe"] });

  it("builds the pool with the HPA, and with the keda component the ScaledObject instead, every object valid", () => {
    const work = mkdtempSync(join(tmpdir(), "duet-k8s-"));
    try {
      cpSync(K8S_DIR, work, { recursive: true });
      kustomize(work);
      const base = build(work);
      expect(base).toContain("HorizontalPodAutoscaler/duet/duet-runner");
      // What deploy/README.md says to do for KEDA: add the component to the kustomization.
      appendFileSync(join(work, "kustomization.yaml"), "components:\n  - keda\n");
      kustomize(work);
      const keda = build(work);
      expect(keda).toEqual([...base.filter((o) => !o.startsWith("HorizontalPodAutoscaler/")), "ScaledObject/duet/duet-runner"].sort());
      for (const o of readYaml(join(work, "out.yaml")) as KubeObject[]) validateObject(o, "kubectl kustomize (keda)");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
