"""Render the effective configuration of every service in a deployment."""

import random

from layeredconf.interpolate import interpolate
from layeredconf.loader import load, merge_layers


def main() -> None:
    rng = random.Random(808)
    lines = ["[global]", "domain = example.internal", "env = prod", "root = /srv/${global.env}"]
    services = [f"svc{n:03d}" for n in range(900)]
    for position, service in enumerate(services):
        lines.append(f"[{service}]")
        parent = services[position + 1] if position + 1 < len(services) and position % 450 != 449 else None
        lines.append(f"host = {service}.${{global.domain}}")
        lines.append(f"dir = ${{global.root}}/{service}")
        lines.append(f"upstream = ${{{parent}.url}}" if parent else "upstream = none")
        lines.append(f"url = https://${{{service}.host}}:{rng.randint(1000, 9999)}/${{global.env}}")
        lines.append(f"log = ${{{service}.dir}}/log -> ${{{service}.upstream}}")
        lines.append(f"chain = {service} <- ${{{parent}.chain}}" if parent else f"chain = {service}")
        lines.append(f"banner = ${{{service}.chain}} @ ${{{service}.host}}")
    base = load("\n".join(lines))
    override = load("[global]\nenv = staging\n")
    settings = interpolate(merge_layers(base, override))
    print(len(settings), settings["svc000.upstream"], len(settings["svc000.banner"]))


if __name__ == "__main__":
    main()
