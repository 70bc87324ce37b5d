import pytest

from kicadnet.checks import bom_lines, single_pin_nets, unconnected_components
from kicadnet.netlist import Component, Net, read_netlist
from kicadnet.sexpr import parse_sexpr, tokenize

NETLIST = """(export (version "E")
  (design (source "/home/hw/sensor.kicad_sch") (tool "Eeschema 7.0.10"))
  (components
    (comp (ref "R10") (value "10k") (footprint "Resistor_SMD:R_0603_1608Metric")
      (libsource (lib "Device") (part "R") (description "Resistor")))
    (comp (ref "R2") (value "10k") (footprint "Resistor_SMD:R_0603_1608Metric")
      (libsource (lib "Device") (part "R") (description "Resistor")))
    (comp (ref "C1") (value "100n") (footprint "Capacitor_SMD:C_0402_1005Metric")
      (libsource (lib "Device") (part "C") (description "Unpolarized capacitor")))
    (comp (ref "#PWR01") (value "GND") (footprint "")
      (libsource (lib "power") (part "GND"))))
  (nets
    (net (code "1") (name "GND")
      (node (ref "C1") (pin "2") (pintype "passive"))
      (node (ref "R2") (pin "2") (pintype "passive")))
    (net (code "2") (name "/SDA")
      (node (ref "R2") (pin "1") (pintype "passive")))))
"""


def test_tokens_and_atoms() -> None:
    assert tokenize('(a "b c" 12)') == ["(", "a", '"b c"', "12", ")"]
    assert parse_sexpr('(a "b c" (d) "say \\"hi\\"\\n") x') == [["a", "b c", ["d"], 'say "hi"\n'], "x"]
    assert parse_sexpr("") == [] and parse_sexpr("()") == [[]]


def test_unbalanced_input() -> None:
    for text in ["(a (b)", "a)", '(a "b)']:
        with pytest.raises(ValueError):
            parse_sexpr(text)


def test_read_netlist() -> None:
    components, nets = read_netlist(NETLIST)
    assert components[0] == Component("R10", "10k", "Resistor_SMD:R_0603_1608Metric", "Device:R")
    assert nets[1] == Net("2", "/SDA", [("R2", "1")])
    with pytest.raises(ValueError):
        read_netlist("(kicad_sch (version 20230121))")


def test_bom_and_checks() -> None:
    components, nets = read_netlist(NETLIST)
    assert bom_lines(components) == [
        ("100n", "Capacitor_SMD:C_0402_1005Metric", 1, "C1"),
        ("10k", "Resistor_SMD:R_0603_1608Metric", 2, "R2, R10"),
    ]
    assert single_pin_nets(nets) == ["/SDA"]
    assert unconnected_components(components, nets) == ["R10"]
