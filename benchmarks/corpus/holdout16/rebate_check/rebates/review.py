"""Weekly review of the rebate applications received through the online portal."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from rebates.models import normalise_model, normalise_serial


def review_applications(applications: Sequence[Mapping[str, Any]], certified: Sequence[Mapping[str, Any]],
                        installers: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Approve or reject every application, with the reasons, and total the rebates per category.

    An application needs a certified product of the same normalised model and category whose
    listing was valid on the install date (ISO dates; ``valid_to`` None means still listed;
    the first such listing sets the rebate), an active registered installer, and a serial
    number not already claimed for the same model in this batch.
    """
    decisions: dict[Any, tuple[str, list[str], Any]] = {}
    paid: dict[str, Any] = {}
    claimed: list[tuple[str, str]] = []
    approved = 0
    for application in applications:
        reasons = []
        product = None
        for listing in certified:
            if (normalise_model(listing["model"]) == normalise_model(application["model"])
                    and listing["category"] == application["category"]
                    and listing["valid_from"] <= application["install_date"]
                    and (listing["valid_to"] is None or application["install_date"] <= listing["valid_to"])):
                product = listing
                break
        if product is None:
            reasons.append("model not certified")
        installer = None
        for entry in installers:
            if entry["licence"] == application["installer"].strip().upper():
                installer = entry
                break
        if installer is None:
            reasons.append("unknown installer")
        elif installer["status"] != "active":
            reasons.append(f"installer {installer['status']}")
        claim = (normalise_model(application["model"]), normalise_serial(application["serial"]))
        if claim in claimed:
            reasons.append("duplicate serial")
        else:
            claimed.append(claim)
        if reasons:
            decisions[application["id"]] = ("rejected", reasons, 0)
            continue
        approved += 1
        decisions[application["id"]] = ("approved", reasons, product["rebate"])
        paid[application["category"]] = paid.get(application["category"], 0) + product["rebate"]
    return {"decisions": decisions, "paid": paid, "approved": approved, "rejected": len(applications) - approved}
