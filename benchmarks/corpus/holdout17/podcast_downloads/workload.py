"""Count a week of downloads for a weekly interview show's back catalogue."""

import random
from datetime import datetime, timedelta, timezone

from podstats.downloads import count_downloads

APPS = [
    "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; en_us)",
    "Spotify/8.9.18 Android/34 (SM-S918B)",
    "PocketCasts/1.0 (Pocket Casts - Android v7.58)",
    "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/123.0 Safari/537.36",
    "AntennaPod/3.3.2",
    "Podcast Addict/v5 - Dalvik/2.1.0 (Linux; U; Android 14)",
]
BOTS = ["Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.4.0", "python-requests/2.31.0",
        "UptimeRobot/2.0", "Feedfetcher-Google"]


def access_log(rng: random.Random, listeners: int) -> list:
    start = datetime(2024, 3, 4, tzinfo=timezone.utc)
    episodes = [f"ep{number:03d}.mp3" for number in range(150, 190)]
    requests = []
    for listener in range(listeners):
        ip = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        ua = rng.choice(BOTS) if rng.random() < 0.04 else rng.choice(APPS)
        for _ in range(rng.randint(1, 4)):
            episode = episodes[min(int(rng.expovariate(0.15)), len(episodes) - 1) * -1 - 1]
            moment = start + timedelta(seconds=rng.randint(0, 7 * 86400))
            for _ in range(rng.choice([1, 1, 2, 3, 5])):
                status = 206 if rng.random() < 0.8 else rng.choice([200, 200, 304, 404])
                sent = rng.choice([2, 65536]) if rng.random() < 0.15 else rng.randint(300_000, 60_000_000)
                requests.append((moment, {
                    "time": moment.strftime("%d/%b/%Y:%H:%M:%S +0000"),
                    "ip": ip, "ua": ua, "episode": episode, "status": status, "bytes": sent,
                }))
                moment += timedelta(seconds=rng.choice([1, 5, 40, 3600, 30 * 3600]))
    requests.sort(key=lambda pair: pair[0])
    return [request for _, request in requests]


def main() -> None:
    rng = random.Random(2024)
    requests = access_log(rng, 2900)
    result = count_downloads(requests)
    top = sorted(result["downloads"].items(), key=lambda item: (-item[1], item[0]))[:5]
    print("requests", len(requests), "downloads", sum(result["downloads"].values()))
    print("skipped", result["skipped"])
    for episode, count in top:
        print(episode, count)


if __name__ == "__main__":
    main()
