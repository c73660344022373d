import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { demoBrowserSuite, LAPTOP, PHONE } from './support/demo-browser';
import { httpClient } from './support/http';

const SHOTS = join(__dirname, '..', 'test-results', 'leads-browser');

/**
 * The leads pages of the built web UI (dist/web; `npm run build:web` first) in a real Chromium:
 * a buyer on a booth page (phone, then laptop) leaves an inquiry through the drawer; the
 * exhibitor's /my/leads shows it, the exhibitor moves it on with a note, the buyer's
 * /my/booth-inquiries shows the new status; the card pages. Screenshots at both widths.
 */
describe('leads pages in Chromium (MariaDB + Redis, demo expo)', () => {
  const TSHIRT = '纯棉圆领T恤（出口转内销款）';
  const suite = demoBrowserSuite('leads_web');
  const { openAs } = suite;
  let boothId: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const login = await suite.login('exhibitor@demo.livefair.cn');
    boothId = (await httpClient(suite.app.url).get('/api/my/booths', login.accessToken)).body[0].id;
  });

  const shown = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 10_000 });
  const overflow = (page: Page) =>
    page.evaluate<number>('document.scrollingElement.scrollWidth - window.innerWidth') as Promise<number>;
  /** A screenshot of the whole page, or of the viewport (a drawer covers the viewport, not the page). */
  const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });

  /**
   * Chooses the T-shirt in the drawer's product select. On a loaded machine a click can land while
   * antd's dropdown is still opening (or its options re-render as the products arrive) and choose
   * nothing; the user would simply click again, and so does this, up to three times.
   */
  async function pickProduct(page: Page, drawer: Locator) {
    const select = drawer.getByTestId('inquiry-product');
    const openList = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    for (let attempt = 1; ; attempt++) {
      if ((await openList.count()) === 0) await select.click();
      const option = openList.locator('.ant-select-item-option').filter({ hasText: TSHIRT });
      await shown(option);
      // The option's own click handler: a pointer click can land on the field under a list still animating open.
      await option.dispatchEvent('click');
      const chosen = await select
        .getByText(TSHIRT)
        .waitFor({ state: 'visible', timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (chosen) return;
      if (attempt === 3) await shown(select.getByText(TSHIRT));
    }
  }

  async function inquire(page: Page, message: string, phone: string) {
    await page.goto(`${suite.app.url}/booths/${boothId}`);
    await page.getByTestId('inquiry-button').click();
    const drawer = page.locator('.lf-inquiry-drawer');
    await shown(drawer.getByTestId('inquiry-message'));
    await pickProduct(page, drawer);
    await drawer.getByTestId('inquiry-quantity').fill('800');
    await drawer.getByTestId('inquiry-message').fill(message);
    await drawer.getByTestId('inquiry-phone').fill(phone);
    return drawer;
  }

  it('asks visitors to log in before an inquiry', async () => {
    const page = await openAs(null, PHONE);
    await page.goto(`${suite.app.url}/booths/${boothId}`);
    await page.getByTestId('inquiry-button').click();
    await page.waitForURL(/\/login$/);
  });

  it('buyer leaves an inquiry on the booth page; the exhibitor sees it in /my/leads and follows it up', async () => {
    // Phone: the form checks the contact before sending.
    const phone = await openAs('buyer@demo.livefair.cn', PHONE);
    const drawer = await inquire(phone, '您好，想了解起订量和交期，是否可以贴牌？', '');
    await drawer.getByTestId('inquiry-email').fill('');
    await drawer.getByTestId('inquiry-submit').click();
    await shown(drawer.getByText('请至少填写手机或邮箱').first());
    await drawer.getByTestId('inquiry-phone').fill('138 0013 8000');
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await shot(phone, 'phone-inquiry-drawer', false);
    await drawer.getByTestId('inquiry-submit').click();
    await phone.getByRole('button', { name: '查看我的咨询' }).click();
    await phone.waitForURL(/\/my\/booth-inquiries$/);
    await shown(phone.getByTestId('lead-row').filter({ hasText: '是否可以贴牌' }));
    await shown(phone.getByTestId('lead-row').filter({ hasText: '是否可以贴牌' }).locator('.lf-lead-status').getByText('待跟进'));
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await shot(phone, 'phone-my-booth-inquiries');

    // Laptop: a second inquiry, from the same buyer.
    const laptop = await openAs('buyer@demo.livefair.cn', LAPTOP);
    await laptop.goto(`${suite.app.url}/booths/${boothId}`);
    await shown(laptop.getByTestId('inquiry-button'));
    await shot(laptop, 'laptop-booth-page', false);
    const wide = await inquire(laptop, '请寄两件样品到杭州，运费我方承担。', '0571-8888 6666');
    await shot(laptop, 'laptop-inquiry-drawer', false);
    await wide.getByTestId('inquiry-submit').click();
    await shown(laptop.getByText('咨询已送达展位'));

    // The exhibitor's inbox shows both, newest first.
    const staff = await openAs('exhibitor@demo.livefair.cn', LAPTOP);
    await staff.goto(`${suite.app.url}/my/leads`);
    const rows = staff.getByTestId('lead-row');
    await shown(rows.first());
    expect(await rows.first().innerText()).toContain('运费我方承担');
    expect(await rows.first().innerText()).toContain(`${TSHIRT} · 800 件`);
    await shown(rows.filter({ hasText: '是否可以贴牌' }));
    await shot(staff, 'laptop-leads-inbox');
    await rows.filter({ hasText: '是否可以贴牌' }).click();
    await staff.waitForURL(/\/my\/leads\/[0-9a-f-]{36}$/);
    await shown(staff.getByTestId('lead-message').getByText('是否可以贴牌'));
    await shown(staff.getByText('138 0013 8000'));
    await staff.getByTestId('lead-note-input').fill('已电话联系，下周寄样');
    await staff.getByTestId('lead-note-add').click();
    await shown(staff.getByTestId('lead-note').getByText('已电话联系，下周寄样'));
    await staff.getByTestId('lead-move-contacted').click();
    await shown(staff.locator('.lf-page-title .lf-lead-status').getByText('已联系'));
    await shown(staff.getByTestId('lead-move-quoted'));
    await shot(staff, 'laptop-lead-page');

    // The exhibitor on a phone: the inbox and the lead page fit.
    const staffPhone = await openAs('exhibitor@demo.livefair.cn', PHONE);
    await staffPhone.goto(`${suite.app.url}/my/leads`);
    await shown(staffPhone.getByTestId('lead-row').first());
    expect(await overflow(staffPhone)).toBeLessThanOrEqual(0);
    await shot(staffPhone, 'phone-leads-inbox');
    await staffPhone.goto(staff.url());
    await shown(staffPhone.getByTestId('lead-note').first());
    expect(await overflow(staffPhone)).toBeLessThanOrEqual(0);
    await shot(staffPhone, 'phone-lead-page');

    // The buyer sees the new status.
    await phone.reload();
    await shown(phone.getByTestId('lead-row').filter({ hasText: '是否可以贴牌' }).locator('.lf-lead-status').getByText('已联系'));
  });

  it('business cards: the buyer saves a card and asks the booth; the staff accept and both see the other card', async () => {
    const buyer = await openAs('buyer@demo.livefair.cn', PHONE);
    await buyer.goto(`${suite.app.url}/my/cards`);
    await buyer.getByTestId('card-name').fill('王采购');
    await buyer.getByLabel('职位').fill('采购经理');
    await buyer.getByLabel('微信号').fill('wang_buyer');
    await buyer.getByTestId('card-save').click();
    await shown(buyer.getByText('名片已保存'));
    await buyer.goto(`${suite.app.url}/booths/${boothId}`);
    await buyer.getByTestId('card-swap-button').click();
    await shown(buyer.getByText('已发送名片交换请求'));

    const staff = await openAs('exhibitor@demo.livefair.cn', LAPTOP);
    await staff.goto(`${suite.app.url}/my/cards`);
    await staff.getByTestId('card-name').fill('李娜');
    await staff.getByLabel('职位').fill('外贸经理');
    await staff.getByTestId('card-save').click();
    await shown(staff.getByText('名片已保存'));
    await staff.getByTestId('card-accept').click();
    await shown(staff.getByTestId('business-card').getByText('王采购'));
    await shot(staff, 'laptop-cards');

    await buyer.goto(`${suite.app.url}/my/cards`);
    await shown(buyer.getByTestId('business-card').getByText('李娜'));
    expect(await overflow(buyer)).toBeLessThanOrEqual(0);
    await shot(buyer, 'phone-cards');
  });

  it('shows the pages in English with no untranslated keys, at both widths', async () => {
    const pages: [string, string, string][] = [
      ['exhibitor@demo.livefair.cn', '/my/leads', 'Leads'],
      ['exhibitor@demo.livefair.cn', '/my/cards', 'Business cards'],
      ['buyer@demo.livefair.cn', '/my/booth-inquiries', 'My booth inquiries'],
      ['buyer@demo.livefair.cn', `/booths/${boothId}`, 'Send inquiry'],
    ];
    for (const [size, options] of [
      ['laptop', LAPTOP],
      ['phone', PHONE],
    ] as const) {
      for (const [email, path, heading] of pages) {
        const page = await openAs(email, options, 'en');
        await page.goto(`${suite.app.url}${path}`);
        await shown(page.getByText(heading, { exact: true }).first());
        const text = await page.locator('body').innerText();
        expect(text).not.toMatch(/\bleads\.[a-z]+\.[a-zA-Z]+/);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        if (path === '/my/leads') {
          await page.getByTestId('lead-row').first().click();
          await shown(page.getByText('Follow-up notes'));
          expect(await page.locator('body').innerText()).not.toMatch(/\bleads\.[a-z]+\.[a-zA-Z]+/);
          await shot(page, `${size}-en-lead-page`);
        } else await shot(page, `${size}-en${path.replace(/\//g, '-').replace(/-[0-9a-f-]{36}$/, '')}`);
      }
    }
  });
});
