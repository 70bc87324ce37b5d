"""Prepare tomorrow's appointment reminders for every clinic in the group."""

import random
from decimal import Decimal

from smsgate.campaign import plan_campaign

FIRST = ["Olivia", "Jack", "Amelia", "Harry", "Isla", "Oliver", "Ava", "George", "Mia", "Noah", "Chloé", "José",
         "Zoë", "Łukasz", "Siobhán", "Ngozi", "Dmitri", "Aoife", "Mohammed", "Priya", "Björn", "Mårten", "Renée"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "O\u2019Neill", "Williams", "Nowak", "Khan", "Patel", "Müller",
        "García", "Ødegaard", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Nguyễn"]
CLINICS = ["Harbourside Dental", "Riverside Physio", "St. Anne's Eye Clinic", "Clifton Family Practice",
           "Northgate Dermatology", "Westbury Hearing Centre"]
DOCTORS = ["Dr Adams", "Dr Bhatt", "Dr Coleman", "Dr Dubois", "Dr Evans", "Ms Farrell (hygienist)"]
NOTES = [
    "",
    " Please arrive 10 minutes early to complete the health questionnaire.",
    " Bring your glasses, a list of current medication and your referral letter if you have one.",
    " Parking is available at the rear of the building [code 4417#]; the front car park is closed for works.",
    " Fees: \u00a345 consultation, \u00a320 follow-up \u2013 payable by card on the day.",
    " Remember: no food or drink for 2 hours before your appointment {except water}.",
    " We\u2019ve moved! Our new address is 14 Quay Street, 2nd floor \u2013 lift access available.",
    " Please let us know at least 24 hours in advance if you can\u2019t attend, otherwise a \u20ac25 late-cancellation "
    "fee applies. Thank you for helping us keep waiting times down for everyone.",
    " \U0001F9B7 See you soon!",
]


def reminder(rng):
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    clinic = rng.choice(CLINICS)
    text = (f"Hi {name}, this is a reminder of your appointment with {rng.choice(DOCTORS)} at {clinic} on "
            f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {rng.randint(1, 28)} "
            f"{rng.choice(['March', 'April', 'May'])} at {rng.randint(8, 17)}:{rng.choice(['00', '15', '30', '45'])}."
            f" Reply YES to confirm or call 0117 496 {rng.randint(0, 9999):04d} to rearrange.")
    for note in rng.sample(NOTES, rng.randint(0, 3)):
        text += note
    if rng.random() < 0.2:
        text += " \u201cThe kindest care in town\u201d \u2014 Clinic Awards 2023."
    return f"+447{rng.randint(100000000, 999999999)}", text


def main() -> None:
    rng = random.Random(7)
    messages = [reminder(rng) for _ in range(2000)]
    rows, totals = plan_campaign(messages, Decimal("0.0395"), max_segments=5)
    print(totals)
    print("longest", max(row["segments"] for row in rows), "first payload", rows[0]["payloads"][0][:40])


if __name__ == "__main__":
    main()
