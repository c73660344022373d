import type { Page } from 'playwright-core';

/**
 * Picks `from`..`to` (YYYY-MM-DD) in the page's one antd RangePicker as a user does: opens it, clicks
 * the start day, then the end day. When the dropdown has not closed with both days in the inputs
 * within 3 s it closes it with Escape and picks again, up to 5 times. Seen once in CI: in a modal
 * that was still opening, one of the two clicks did not register and the dropdown waited for an end
 * day for 30 s.
 */
export async function pickDateRange(page: Page, from: string, to: string): Promise<void> {
  const inputs = page.locator('.ant-picker-range input');
  const dropdown = page.locator('.ant-picker-dropdown');
  const picked = async () => `${await inputs.nth(0).inputValue()}..${await inputs.nth(1).inputValue()}`;
  for (let attempt = 1; attempt <= 5; attempt++) {
    await inputs.first().click();
    await dropdown.locator(`.ant-picker-cell[title="${from}"]`).first().click();
    await dropdown.locator(`.ant-picker-cell[title="${to}"]`).first().click();
    const closed = await dropdown.waitFor({ state: 'hidden', timeout: 3_000 }).then(
      () => true,
      () => false,
    );
    if (closed && (await picked()) === `${from}..${to}`) return;
    if (!closed) {
      await page.keyboard.press('Escape');
      await dropdown.waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => undefined);
    }
  }
  throw new Error(`the range picker shows ${await picked()}, not ${from}..${to}, after 5 tries`);
}

/**
 * Picks `day` (YYYY-MM-DD) in the antd DatePicker whose input is `input` as a user does (opens it,
 * clicks the day; on a phone the input is read-only, so the calendar is the only way), with the
 * same check and retry as pickDateRange: a click on a calendar in a drawer that is still opening
 * can be lost (seen once in CI: the meeting form was sent without its day and refused).
 */
export async function pickDate(page: Page, input: ReturnType<Page['locator']>, day: string): Promise<void> {
  const dropdown = page.locator('.ant-picker-dropdown:visible');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await input.click();
    await dropdown.locator(`.ant-picker-cell[title="${day}"]`).first().click();
    const closed = await dropdown.waitFor({ state: 'hidden', timeout: 3_000 }).then(
      () => true,
      () => false,
    );
    if (closed && (await input.inputValue()) === day) return;
    if (!closed) {
      await page.keyboard.press('Escape');
      await dropdown.waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => undefined);
    }
  }
  throw new Error(`the date picker shows '${await input.inputValue()}', not ${day}, after 5 tries`);
}
