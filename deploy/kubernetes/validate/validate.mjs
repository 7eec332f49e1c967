// Schema check of the Kubernetes manifests (node validate.mjs FOLDER): each document against the OpenAPI schema
// kubernetes-models ships for its apiVersion and kind (types, enums, required fields; unknown fields are not caught,
// DeploymentManifestTests checks the fields this app relies on).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { Deployment } from "kubernetes-models/apps/v1";
import { Service } from "kubernetes-models/v1";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
const models = { "apps/v1/Deployment": Deployment, "v1/Service": Service, "networking.k8s.io/v1/Ingress": Ingress,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler, "policy/v1/PodDisruptionBudget": PodDisruptionBudget };
const folder = process.argv[2];
let failed = 0, checked = 0;
for (const file of readdirSync(folder).filter(f => f.endsWith(".yaml")).sort()) {
  for (const doc of parseAllDocuments(readFileSync(join(folder, file), "utf8"))) {
    const obj = doc.toJS();
    const key = `${obj.apiVersion}/${obj.kind}`;
    const Model = models[key];
    if (!Model) { console.error(`${file}: no schema for ${key}`); failed++; continue; }
    try { new Model(obj).validate(); checked++; console.log(`${file}: ${key} valid`); }
    catch (e) { failed++; console.error(`${file}: ${key} INVALID: ${e.message}`); }
  }
}
console.log(`${checked} valid, ${failed} invalid`);
process.exit(failed ? 1 : 0);
