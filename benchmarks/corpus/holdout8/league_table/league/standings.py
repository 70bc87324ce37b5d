"""League standings: three points for a win, one for a draw."""

from __future__ import annotations

from typing import Iterable, NamedTuple


class Row(NamedTuple):
    team: str
    played: int
    won: int
    drawn: int
    lost: int
    goals_for: int
    goals_against: int
    goal_difference: int
    points: int


class League:
    """Results of a season, in the order they were recorded."""

    def __init__(self, teams: Iterable[str] = ()) -> None:
        self.teams: list[str] = list(teams)
        self.matches: list[tuple[str, str, int, int]] = []

    def record(self, home: str, away: str, home_goals: int, away_goals: int) -> None:
        if home == away:
            raise ValueError(f"{home} cannot play itself")
        if home_goals < 0 or away_goals < 0:
            raise ValueError("goals cannot be negative")
        for team in (home, away):
            if team not in self.teams:
                self.teams.append(team)
        self.matches.append((home, away, home_goals, away_goals))

    def _goals_for(self, team: str) -> int:
        total = 0
        for home, away, home_goals, away_goals in self.matches:
            if home == team:
                total += home_goals
            elif away == team:
                total += away_goals
        return total

    def _goals_against(self, team: str) -> int:
        total = 0
        for home, away, home_goals, away_goals in self.matches:
            if home == team:
                total += away_goals
            elif away == team:
                total += home_goals
        return total

    def _points(self, team: str) -> int:
        points = 0
        for home, away, home_goals, away_goals in self.matches:
            if home == team:
                points += 3 if home_goals > away_goals else 1 if home_goals == away_goals else 0
            elif away == team:
                points += 3 if away_goals > home_goals else 1 if home_goals == away_goals else 0
        return points

    def table(self) -> list[Row]:
        """One row per team (in ``self.teams``), best first.

        Teams are ranked by points, then goal difference, then goals scored, then name.
        """
        rows = []
        for team in self.teams:
            played = won = drawn = lost = 0
            for home, away, home_goals, away_goals in self.matches:
                if home == team:
                    scored, conceded = home_goals, away_goals
                elif away == team:
                    scored, conceded = away_goals, home_goals
                else:
                    continue
                played += 1
                if scored > conceded:
                    won += 1
                elif scored == conceded:
                    drawn += 1
                else:
                    lost += 1
            goals_for = self._goals_for(team)
            goals_against = self._goals_against(team)
            rows.append(
                Row(team, played, won, drawn, lost, goals_for, goals_against,
                    goals_for - goals_against, self._points(team))
            )
        rows.sort(
            key=lambda row: (
                -self._points(row.team),
                -(self._goals_for(row.team) - self._goals_against(row.team)),
                -self._goals_for(row.team),
                row.team,
            )
        )
        return rows


def render(rows: list[Row]) -> str:
    lines = [f"{'Team':<20} P  W  D  L  GF  GA  GD Pts"]
    for row in rows:
        lines.append(
            f"{row.team:<20}{row.played:>2}{row.won:>3}{row.drawn:>3}{row.lost:>3}"
            f"{row.goals_for:>4}{row.goals_against:>4}{row.goal_difference:>4}{row.points:>4}"
        )
    return "\n".join(lines)
