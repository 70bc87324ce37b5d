"""Pre-layout review of a motor-controller board: read its netlist, build the BOM and run the checks."""

import random

from kicadnet.checks import bom_lines, single_pin_nets, unconnected_components
from kicadnet.netlist import read_netlist

PARTS = [
    ("R", "Device", "R", ["10k", "4k7", "100R", "1k", "22R", "0R", "49R9"], "Resistor_SMD:R_0603_1608Metric", 2),
    ("C", "Device", "C", ["100n", "1u", "10u", "22p", "4u7"], "Capacitor_SMD:C_0402_1005Metric", 2),
    ("L", "Device", "L", ["10u", "2u2"], "Inductor_SMD:L_1210_3225Metric", 2),
    ("D", "Device", "LED", ["LED_green", "LED_red"], "LED_SMD:LED_0603_1608Metric", 2),
    ("Q", "Transistor_FET", "BSS138", ["BSS138"], "Package_TO_SOT_SMD:SOT-23", 3),
    ("U", "MCU_ST_STM32G4", "STM32G431CBUx", ["STM32G431CBU6"], "Package_DFN_QFN:QFN-48-1EP_7x7mm_P0.5mm_EP5.6x5.6mm", 49),
    ("U", "Driver_Motor", "DRV8323RS", ["DRV8323RS"], "Package_DFN_QFN:QFN-48-1EP_7x7mm_P0.5mm_EP5.15x5.15mm", 49),
    ("J", "Connector", "Conn_01x04", ["Conn_01x04"], "Connector_JST:JST_PH_B4B-PH-K_1x04_P2.00mm_Vertical", 4),
]


def netlist_text(rng: random.Random, components: int, nets: int) -> str:
    """A KiCad 7 netlist export of a board with the given numbers of components and nets."""
    counters: dict[str, int] = {}
    pins: list[tuple[str, str]] = []
    lines = ['(export (version "E")', '  (design (source "/projects/mc-200/mc-200.kicad_sch") (date "2024-03-11T09:12:44")',
             '    (tool "Eeschema 7.0.10")', '    (sheet (number "1") (name "/") (tstamps "/")))', "  (components"]
    for _ in range(components):
        prefix, lib, part, values, footprint, pin_count = rng.choices(PARTS, weights=[40, 35, 3, 4, 6, 1, 1, 3])[0]
        counters[prefix] = counters.get(prefix, 0) + 1
        ref = f"{prefix}{counters[prefix]}"
        sheet = rng.choice(["Power", "MCU", "Gate drive", "Sensing"])
        stamp = "%08x-%04x-%04x-%04x-%012x" % tuple(rng.getrandbits(bits) for bits in (32, 16, 16, 16, 48))
        lines.append(f'    (comp (ref "{ref}")\n      (value "{rng.choice(values)}")\n      (footprint "{footprint}")\n'
                     f'      (datasheet "~")\n      (fields\n        (field (name "Footprint") "{footprint}")\n'
                     f'        (field (name "Datasheet") "~"))\n'
                     f'      (libsource (lib "{lib}") (part "{part}") (description "{part} \\"{lib}\\""))\n'
                     f'      (property (name "Sheetname") (value "{sheet}"))\n'
                     f'      (property (name "Sheetfile") (value "{sheet.lower().replace(" ", "_")}.kicad_sch"))\n'
                     f'      (sheetpath (names "/{sheet}/") (tstamps "/{stamp[:8]}/"))\n      (tstamps "{stamp}"))')
        pins.extend((ref, str(pin)) for pin in range(1, pin_count + 1))
    lines.append("  )\n  (nets")
    rng.shuffle(pins)
    for code in range(1, nets + 1):
        name = rng.choice(["GND", "+3V3", "+12V", "VBUS"]) if code <= 4 else f"/{rng.choice(['PWM', 'SENSE', 'SPI', 'GPIO'])}_{code}"
        size = 60 if code <= 4 else rng.choice([1, 2, 2, 2, 3, 3, 4])
        nodes = [pins.pop() for _ in range(min(size, len(pins)))]
        lines.append(f'    (net (code "{code}") (name "{name}")')
        lines.extend(f'      (node (ref "{ref}") (pin "{pin}") (pintype "passive"))' for ref, pin in nodes)
        lines[-1] += ")"
    lines.append("  )\n)")
    return "\n".join(lines) + "\n"


def main() -> None:
    rng = random.Random(200)
    text = netlist_text(rng, components=1200, nets=1150)
    components, nets = read_netlist(text)
    bom = bom_lines(components)
    print(f"{len(text)} characters: {len(components)} components, {len(nets)} nets, {len(bom)} BOM lines")
    print(f"single-pin nets: {len(single_pin_nets(nets))}, unconnected: {len(unconnected_components(components, nets))}")
    print(bom[0][:3])


if __name__ == "__main__":
    main()
