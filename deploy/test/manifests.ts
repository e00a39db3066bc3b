/**
 * Reading deploy/k8s the way kustomize does, as far as the tests need: the files a kustomization
 * (and its components) names, and every object in them checked against the schema of its
 * apiVersion and kind (kubernetes-models: the Kubernetes OpenAPI schemas compiled to validators,
 * offline; @kubernetes-models/keda for KEDA's ScaledObject).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ScaledObject } from "@kubernetes-models/keda/keda.sh/v1alpha1";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { Namespace, Service } from "kubernetes-models/v1";
import { parseAllDocuments } from "yaml";

export const K8S_DIR = fileURLToPath(new URL("../k8s", import.meta.url));

export type KubeObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; [k: string]: unknown }; [k: string]: unknown };

/** The kinds the pool ships, each with the validator of its API schema. */
const MODELS: Record<string, (o: KubeObject) => { validate(): void }> = {
  "v1/Namespace": (o) => new Namespace(o as never),
  "v1/Service": (o) => new Service(o as never),
  "apps/v1/Deployment": (o) => new Deployment(o as never),
  "networking.k8s.io/v1/NetworkPolicy": (o) => new NetworkPolicy(o as never),
  "policy/v1/PodDisruptionBudget": (o) => new PodDisruptionBudget(o as never),
  "autoscaling/v2/HorizontalPodAutoscaler": (o) => new HorizontalPodAutoscaler(o as never),
  "keda.sh/v1alpha1/ScaledObject": (o) => new ScaledObject(o as never),
};

/** Throws with the file, kind and the schema's complaint when `o` does not validate. */
export function validateObject(o: KubeObject, file: string): void {
  const model = MODELS[`${o.apiVersion}/${o.kind}`];
  if (!model) throw new Error(`${file}: ${o.apiVersion} ${o.kind} has no schema here: add it to MODELS in deploy/test/manifests.ts`);
  try {
    model(o).validate();
  } catch (e) {
    throw new Error(`${file}: ${o.kind} ${o.metadata?.name}: ${(e as Error).message}`);
  }
}

export function readYaml(path: string): unknown[] {
  return parseAllDocuments(readFileSync(path, "utf8")).map((d) => {
    if (d.errors.length) throw new Error(`${path}: ${d.errors.map((e) => e.message).join("; ")}`);
    return d.toJS();
  });
}

type Kustomization = { kind: string; resources?: string[]; components?: string[]; patches?: { path?: string }[] };

/** The kustomization (or component) in `dir` and the paths it names, resolved, with its components' own. */
export function kustomizationFiles(dir: string): { resources: string[]; patches: string[]; kustomizations: string[] } {
  const file = join(dir, "kustomization.yaml");
  const k = readYaml(file)[0] as Kustomization;
  const out = { resources: [] as string[], patches: [] as string[], kustomizations: [file] };
  for (const r of k.resources ?? []) {
    const path = join(dir, r);
    if (statSync(path).isDirectory()) merge(out, kustomizationFiles(path));
    else out.resources.push(path);
  }
  for (const p of k.patches ?? []) if (p.path) out.patches.push(join(dir, p.path));
  for (const c of k.components ?? []) merge(out, kustomizationFiles(join(dir, c)));
  return out;
}

function merge(into: ReturnType<typeof kustomizationFiles>, from: ReturnType<typeof kustomizationFiles>) {
  into.resources.push(...from.resources);
  into.patches.push(...from.patches);
  into.kustomizations.push(...from.kustomizations);
}

/** Every file under `dir`, relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

export const rel = (path: string) => relative(K8S_DIR, path);
