"""Container movements recorded by the chemical stores' barcode system."""

from __future__ import annotations

from dataclasses import dataclass

Holdings = dict[str, dict[str, tuple[str, float]]]  # lab -> container id -> (hazard class, litres)


@dataclass(frozen=True)
class Movement:
    """A container received from a supplier, moved between labs or sent for disposal.

    ``kind`` is "receive" (into ``to_lab``), "transfer" (``from_lab`` to ``to_lab``) or
    "dispose" (out of ``from_lab``). ``hazard_class`` and ``litres`` describe the container
    for a receive and are ignored otherwise.
    """

    movement_id: str
    kind: str
    container_id: str
    from_lab: str | None = None
    to_lab: str | None = None
    hazard_class: str = ""
    litres: float = 0.0


def apply_movement(holdings: Holdings, movement: Movement) -> None:
    """Apply one movement to ``holdings`` in place.

    Raises ValueError for an unknown kind, for receiving a container id the lab already
    holds, for moving or disposing of a container that ``from_lab`` does not hold and for
    moving a container into a lab that already holds one with its id.
    """
    if movement.kind == "receive":
        lab = holdings.setdefault(movement.to_lab, {})
        if movement.container_id in lab:
            raise ValueError(f"{movement.to_lab} already holds container {movement.container_id}")
        lab[movement.container_id] = (movement.hazard_class, movement.litres)
    elif movement.kind in ("transfer", "dispose"):
        source = holdings.get(movement.from_lab, {})
        if movement.container_id not in source:
            raise ValueError(f"{movement.from_lab} does not hold container {movement.container_id}")
        container = source.pop(movement.container_id)
        if movement.kind == "transfer":
            lab = holdings.setdefault(movement.to_lab, {})
            if movement.container_id in lab:
                raise ValueError(f"{movement.to_lab} already holds container {movement.container_id}")
            lab[movement.container_id] = container
    else:
        raise ValueError(f"unknown movement kind {movement.kind!r}")
