// The date facet: typed dates narrow the list, the axis and the other facets' counts; the URL
// holds them as from/to; Clear filters and bad links behave.
import { test, expect } from './app.js';
import { exportedCorpus, watchConsole, SHOWN_EVENTS } from './corpus.js';

// The first and last day an exported date ("2016", "2016-02", "2016-10-07") covers.
function days(date) {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  const pad = (n) => String(n).padStart(2, '0');
  if (d) return [date, date];
  if (m) return [`${y}-${pad(m)}-01`, `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

const inRange = (event, from, to) => {
  const span = days(event.date);
  return !!span && (!from || span[1] >= from) && (!to || span[0] <= to);
};

test('typed dates narrow the list, the axis and the counts, and live in the URL', async ({ page }) => {
  const corpus = exportedCorpus();
  const errors = watchConsole(page);
  await page.goto('/');
  const lastDay = corpus.events.map((e) => e.date).filter((d) => d && d.length === 10).sort().at(-1);
  const expected = corpus.events.filter((e) => inRange(e, lastDay, null));
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(corpus.events.length);

  await page.getByLabel('From', { exact: true }).fill(lastDay);
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(expected.length);
  await expect(page.locator('.axis-drawing [data-event]')).toHaveCount(expected.length);
  await expect(page).toHaveURL(new RegExp(`from=${lastDay}`));
  await expect(page.locator('.date-count')).toHaveText(`${expected.length} of ${corpus.events.length} events in these dates`);
  await expect(page.getByRole('status')).toContainText('dated from');

  // The outlet counts apply the range.
  const outlet = corpus.articles.find((a) => a.outlet).outlet;
  const byOutlet = expected.filter((e) => e.mentions.some((m) => corpus.articles.find((a) => a.id === m.article)?.outlet === outlet));
  const box = page.locator('.facet-outlets label', { hasText: outlet }).first();
  await expect(box).toContainText(`(${byOutlet.length})`);

  // A closed range; reload keeps it.
  const firstDay = corpus.events.map((e) => e.date).filter(Boolean).sort()[0];
  await page.getByLabel('From', { exact: true }).fill(days(firstDay)[0]);
  await page.getByLabel('To', { exact: true }).fill(days(firstDay)[1]);
  const early = corpus.events.filter((e) => inRange(e, days(firstDay)[0], days(firstDay)[1]));
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(early.length);
  // The address is written after the next frame (url_sync.rs): wait for it, as a reader would.
  await expect(page).toHaveURL(new RegExp(`to=${days(firstDay)[1]}`));
  await page.reload();
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(days(firstDay)[1]);
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(early.length);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(corpus.events.length);
  expect(errors).toEqual([]);
});

test('a malformed date in a link is ignored with a notice', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/?from=2016-13-01&to=2016-10-07');
  await expect(page.getByRole('complementary', { name: 'Link notices' })).toContainText('Ignored from date');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2016-10-07');
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(corpus.events.filter((e) => inRange(e, null, '2016-10-07')).length);
});

test('zooming the axis and "Filter to these dates" sets the range to the dates in sight', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Filter to these dates' });
  await expect(button).toBeDisabled();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await button.click();
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  const to = await page.getByLabel('To', { exact: true }).inputValue();
  expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(to >= from).toBe(true);
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}|to=${to}.*from=${from}`));
  const expected = corpus.events.filter((e) => inRange(e, from, to));
  expect(expected.length).toBeLessThan(corpus.events.length);
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(expected.length);
  // Every mark still drawn lies in the range: the ones in sight when the button was pressed.
  await expect(page.locator('.axis-drawing [data-event]')).toHaveCount(expected.filter((e) => e.date).length);
});

// Drags the mouse from x0 to x1 at height y, in steps (a brush or a pan on the axis).
async function drag(page, x0, x1, y) {
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move((x0 + x1) / 2, y, { steps: 4 });
  await page.mouse.move(x1, y, { steps: 4 });
}

test('brushing along the dates under the axis (or with Shift) filters to the days brushed', async ({ page }) => {
  const corpus = exportedCorpus();
  const errors = watchConsole(page);
  await page.goto('/');
  // The two latest days with events: a brush from a mark of one to a mark of the other.
  const dayEvents = corpus.events.filter((e) => e.precision === 'day' && e.date);
  const dates = [...new Set(dayEvents.map((e) => e.date))].sort();
  const [a, b] = dates.slice(-2);
  const centre = async (date) => {
    const box = await page.locator(`.axis-drawing [data-event="${dayEvents.find((e) => e.date === date).id}"]`).boundingBox();
    return box.x + box.width / 2;
  };
  const [xa, xb] = [await centre(a), await centre(b)];
  const svg = await page.locator('.axis-drawing').boundingBox();
  const strip = svg.y + svg.height - 12;

  await drag(page, xa, xb, strip);
  // While brushing, the stretch is drawn; nothing is filtered yet.
  await expect(page.locator('.axis-drawing .axis-brush')).toHaveCount(1);
  await expect(page).not.toHaveURL(/from=/);
  await page.mouse.up();
  await expect(page.locator('.axis-drawing .axis-brush')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`from=${a}&to=${b}`));
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(a);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(b);
  const expected = corpus.events.filter((e) => inRange(e, a, b));
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(expected.length);
  // The range stays drawn on the axis, and the marks are the events in it.
  await expect(page.locator('.axis-drawing .axis-range')).toHaveCount(1);
  await expect(page.locator('.axis-drawing [data-event]')).toHaveCount(expected.length);

  // A plain drag over the lanes pans and filters nothing; with Shift it brushes.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/from=/);
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  const lanes = svg.y + 20;
  const mid = svg.x + svg.width / 2;
  await drag(page, mid, mid - 80, lanes);
  await page.mouse.up();
  await expect(page).not.toHaveURL(/from=/);
  await page.keyboard.down('Shift');
  await drag(page, mid - 40, mid + 40, lanes);
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  const to = await page.getByLabel('To', { exact: true }).inputValue();
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(corpus.events.filter((e) => inRange(e, from, to)).length);
  // Back returns to the view before the brush.
  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
  expect(errors).toEqual([]);
});
