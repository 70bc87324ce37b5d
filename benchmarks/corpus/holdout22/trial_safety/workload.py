"""Build the adverse-event incidence tables for the interim DSMB report."""

import random

from aetable.records import AdverseEvent, Subject
from aetable.tables import incidence_table

TERMS = {
    "Gastrointestinal disorders": ["Nausea", "Diarrhoea", "Vomiting", "Constipation", "Abdominal pain", "Dyspepsia"],
    "Nervous system disorders": ["Headache", "Dizziness", "Somnolence", "Paraesthesia", "Dysgeusia"],
    "General disorders": ["Fatigue", "Pyrexia", "Oedema peripheral", "Asthenia", "Chills"],
    "Infections and infestations": ["Nasopharyngitis", "Urinary tract infection", "Influenza", "COVID-19"],
    "Skin and subcutaneous tissue disorders": ["Rash", "Pruritus", "Alopecia", "Dry skin"],
    "Investigations": ["ALT increased", "AST increased", "Weight decreased", "Neutrophil count decreased"],
    "Musculoskeletal disorders": ["Arthralgia", "Back pain", "Myalgia", "Muscle spasms"],
    "Psychiatric disorders": ["Insomnia", "Anxiety", "Depression"],
    "Cardiac disorders": ["Palpitations", "Tachycardia", "Atrial fibrillation"],
    "Respiratory disorders": ["Cough", "Dyspnoea", "Oropharyngeal pain"],
}
WEIGHTS = {"Gastrointestinal disorders": 10, "Nervous system disorders": 8, "General disorders": 8,
           "Infections and infestations": 6, "Skin and subcutaneous tissue disorders": 4, "Investigations": 4,
           "Musculoskeletal disorders": 3, "Psychiatric disorders": 2, "Cardiac disorders": 1, "Respiratory disorders": 2}


def main() -> None:
    rng = random.Random(4711)
    arms = ["Placebo", "Drug 10 mg", "Drug 20 mg", "Drug 40 mg"]
    subjects = [Subject(f"{site:02d}-{number:04d}", rng.choice(arms), rng.random() > 0.03)
                for site in range(1, 31) for number in range(1, 81)]
    classes = sorted(TERMS)
    weights = [WEIGHTS[soc] for soc in classes]
    events = []
    for _ in range(30_000):
        subject = rng.choice(subjects)
        soc = rng.choices(classes, weights)[0]
        events.append(AdverseEvent(subject.subject_id, soc, rng.choice(TERMS[soc]),
                                   rng.choices([1, 2, 3, 4, 5], [60, 25, 10, 4, 1])[0], rng.random() < 0.05))
    rows = incidence_table(subjects, events)
    grade3 = incidence_table(subjects, events, min_grade=3)
    print("subjects", len(subjects), "events", len(events), "rows", len(rows), "grade>=3 rows", len(grade3))
    print(rows[0]["soc"], rows[0]["total"], rows[1]["term"], rows[1]["total"])


if __name__ == "__main__":
    main()
