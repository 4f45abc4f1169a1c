// Review dates from the ladder's review calendar: reviews every `reviewCycleMonths` months,
// starting from `reviewStartMonth`, on the first day of the month (aligned with OKR quarters
// when the cycle is a multiple of three months).

/** The next `count` review dates strictly after `today`, as `YYYY-MM-01` strings. */
export function nextReviews(
  today: Date,
  calendar: { reviewCycleMonths: number; reviewStartMonth: number },
  count = 2,
): string[] {
  const cycle = calendar.reviewCycleMonths;
  const start = calendar.reviewStartMonth - 1;
  // Months counted from January of year 0, so the arithmetic is the same every year.
  const todayIndex = today.getUTCFullYear() * 12 + today.getUTCMonth();
  let index = todayIndex - ((((todayIndex - start) % cycle) + cycle) % cycle);
  const dates: string[] = [];
  while (dates.length < count) {
    const date = Date.UTC(Math.floor(index / 12), index % 12, 1);
    if (date > today.getTime()) dates.push(new Date(date).toISOString().slice(0, 10));
    index += cycle;
  }
  return dates;
}
