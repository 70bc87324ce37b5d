"""Pre-render the night's batch of balance and payment-confirmation prompts."""

import math
import random
import zlib

from ivrprompt.clips import Clip, Pause, Say, spell_amount
from ivrprompt.wav import render_prompt

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
         "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "and", "pound", "pounds",
         "penny", "pence", "your balance is", "your last payment of", "was received on", "thank you",
         "to hear this again press one", "January", "February", "March", "the"]


SINE = [math.sin(2 * math.pi * k / 8000) for k in range(8000)]


def record(rng, name):
    """A stand-in for the studio recording: two formants under a syllable envelope."""
    length = int(8000 * (0.28 + 0.05 * len(name) ** 0.8 + rng.random() * 0.1))
    low, high = rng.randint(120, 220), rng.randint(500, 900)
    samples = []
    for n in range(length):
        envelope = SINE[n * 4000 // length] * (0.6 + 0.4 * SINE[n * 40 // 7 % 8000])
        samples.append(int(envelope * (9000 * SINE[low * n % 8000] + 4000 * SINE[high * n % 8000])))
    return Clip(name, samples)


def balance_prompt(rng):
    pounds, pence = rng.randrange(0, 20000), rng.randrange(100)
    level = rng.choice([0.0, 0.0, -1.5, 2.0, 3.5])
    segments = [Pause(250), Say("your balance is", level), Pause(120)]
    for word in spell_amount(pounds, pence):
        segments += [Say(word, level), Pause(60)]
    segments += [Pause(400), Say("to hear this again press one", level), Pause(300)]
    return segments


def main() -> None:
    rng = random.Random(5150)
    library = {name: record(rng, name) for name in WORDS}
    rendered = [render_prompt(balance_prompt(rng), library) for _ in range(14)]
    seconds = sum((len(wav) - 44) / 2 / 8000 for wav in rendered)
    print("prompts", len(rendered), "audio seconds", round(seconds, 1))
    print("checksum", zlib.crc32(b"".join(rendered)))


if __name__ == "__main__":
    main()
