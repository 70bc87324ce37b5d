"""Render the production manifests: base service manifests plus the production overlay."""

import json
import random
import zlib

from patchdoc.patch import apply_patch


def base_manifest(rng, name):
    containers = []
    for index in range(rng.randint(2, 4)):
        containers.append({
            "name": f"{name}-{['app', 'sidecar', 'proxy', 'metrics'][index]}",
            "image": f"registry.internal/{name}:{rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}",
            "env": [{"name": f"VAR_{n}", "value": str(rng.randint(0, 10 ** 6))} for n in range(rng.randint(30, 70))],
            "ports": [{"containerPort": 8000 + n, "protocol": "TCP"} for n in range(rng.randint(1, 3))],
            "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "500m", "memory": "512Mi"}},
            "probes": {"liveness": {"path": "/healthz", "period": 10}, "readiness": {"path": "/ready", "period": 5}},
        })
    return {
        "apiVersion": "platform.internal/v2",
        "kind": "Service",
        "metadata": {"name": name, "labels": {f"team.internal/{k}": f"v{k}" for k in range(8)},
                     "annotations": {f"note-{k}": "x" * rng.randint(5, 40) for k in range(10)}},
        "spec": {"replicas": 2, "containers": containers,
                 "routes": [{"host": f"{name}.staging.internal", "path": f"/api/v{n}", "weight": 100} for n in range(6)],
                 "featureFlags": {f"flag_{k}": rng.random() < 0.5 for k in range(120)}},
    }


def production_overlay(rng, manifest):
    ops = [{"op": "test", "path": "/kind", "value": "Service"},
           {"op": "replace", "path": "/spec/replicas", "value": rng.choice([3, 4, 6])},
           {"op": "add", "path": "/metadata/labels/env", "value": "production"}]
    for index, container in enumerate(manifest["spec"]["containers"]):
        base = f"/spec/containers/{index}"
        ops.append({"op": "replace", "path": f"{base}/resources/limits/memory", "value": "1Gi"})
        ops.append({"op": "add", "path": f"{base}/env/-", "value": {"name": "ENVIRONMENT", "value": "production"}})
        for n in range(0, len(container["env"]), 3):
            ops.append({"op": "replace", "path": f"{base}/env/{n}/value", "value": f"prod-secret-ref-{n}"})
        ops.append({"op": "remove", "path": f"{base}/env/1"})
    for n in range(6):
        ops.append({"op": "replace", "path": f"/spec/routes/{n}/host", "value": manifest["metadata"]["name"] + ".internal"})
    ops.append({"op": "move", "from": "/spec/routes/5", "path": "/spec/routes/0"})
    ops.append({"op": "copy", "from": "/spec/routes/0", "path": "/spec/routes/-"})
    for k in range(0, 120, 6):
        ops.append({"op": "replace", "path": f"/spec/featureFlags/flag_{k}", "value": False})
    ops.append({"op": "remove", "path": "/metadata/annotations/note-0"})
    return ops


def main() -> None:
    rng = random.Random(6902)
    services = ["billing", "checkout", "search", "auth", "catalogue", "basket", "orders", "payments", "emails", "stock",
                "pricing", "reviews", "media", "users", "sessions", "audit", "reports", "exports", "webhooks", "ledger"]
    names = [f"svc-{service}-{region}" for region in ("eu", "us", "ap") for service in services]
    manifests = {name: base_manifest(rng, name) for name in names}
    rendered = {}
    operations = 0
    for name, manifest in manifests.items():
        overlay = production_overlay(rng, manifest)
        operations += len(overlay)
        rendered[name] = apply_patch(manifest, overlay)
    text = json.dumps(rendered, sort_keys=True)
    print("manifests", len(rendered), "operations", operations, "bytes", len(text), "crc", zlib.crc32(text.encode()))
    print("billing replicas", rendered["svc-billing-eu"]["spec"]["replicas"], rendered["svc-billing-eu"]["spec"]["routes"][0])


if __name__ == "__main__":
    main()
