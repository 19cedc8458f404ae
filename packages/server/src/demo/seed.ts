import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isValidCreditCode, isValidIdNumber, maskIdNumber, ROLE_LABELS, type Role } from '@zhifa/domain';
import type { AppContext } from '../platform/context';
import { hashPassword } from '../modules/auth/passwords';
import { encryptTotpSecret, newTotpSecret } from '../modules/auth/totp';
import { appendAudit } from '../platform/audit';
import { DEMO_AGENCIES, DEMO_REGIONS, demoName, demoPeople } from './county';
import { seedLibraryDemo } from './libraries';
import { seedCaseDemo } from './cases';
import { seedOversightDemo } from './oversight';
import { seedPortalDemo } from './portal';
import { seedDisclosureDemo } from './disclosure';
import { seedReviewDemo } from './reviews';

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Complete a 17-character prefix with the check character the domain rule accepts. */
function creditCode(prefix17: string): string {
  for (const c of CREDIT_CHARS) if (isValidCreditCode(prefix17 + c)) return prefix17 + c;
  throw new Error(`no check character for ${prefix17}`);
}

function idNumber(birth: string, seq: number): string {
  const base = `440703${birth}${String(seq).padStart(3, '0')}`;
  for (const c of '0123456789X') if (isValidIdNumber(base + c)) return base + c;
  throw new Error(`no check digit for ${base}`);
}

function addDays(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface DemoAccount {
  username: string;
  name: string;
  roles: Role[];
  agency: string;
  totpSecret?: string;
}

export interface DemoResult {
  created: boolean;
  password: string;
  accounts: DemoAccount[];
}

/** The demo password: ZHIFA_DEMO_PASSWORD, else generated once and kept beside the keys. */
export function demoPassword(app: AppContext): string {
  if (app.config.demoPassword) return app.config.demoPassword;
  const file = path.join(app.config.keyDir, 'demo-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const generated = `Zf-${crypto.randomBytes(6).toString('base64url')}-${crypto.randomInt(10, 99)}`;
  fs.mkdirSync(app.config.keyDir, { recursive: true });
  fs.writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}

export async function listDemoAccounts(app: AppContext): Promise<DemoAccount[]> {
  const rows = await app.db
    .selectFrom('users')
    .leftJoin('agencies', 'agencies.id', 'users.agency_id')
    .select([
      'users.username',
      'users.name',
      'users.roles',
      'users.totp_secret_enc',
      'users.totp_enabled',
      'agencies.name as agency',
    ])
    .orderBy('users.created_at')
    .orderBy('users.username')
    .execute();
  return rows.map((r) => ({
    username: r.username,
    name: r.name,
    roles: r.roles as Role[],
    agency: r.agency ?? '',
    ...(r.totp_enabled && r.totp_secret_enc
      ? { totpSecret: app.fieldCrypto.decrypt(r.totp_secret_enc, 'users.totp_secret') }
      : {}),
  }));
}

/** Load the demo county on first start; later starts find it and change nothing. */
export async function ensureDemoCounty(app: AppContext): Promise<DemoResult> {
  if (app.config.mode === 'production') throw new Error('生产模式不加载演示数据');
  const password = demoPassword(app);
  const seeded = await app.db.selectFrom('settings').select('key').where('key', '=', 'demo.seeded').executeTakeFirst();
  if (seeded) return { created: false, password, accounts: await listDemoAccounts(app) };

  const today = app.now();
  const passwordHash = await hashPassword(password);
  await app.db.transaction().execute(async (tx) => {
    for (const r of DEMO_REGIONS) {
      await tx
        .insertInto('regions')
        .values({ code: r.code, name: r.name, level: r.level, parent_code: r.parent, provisional: r.provisional })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
    const agencyIds = new Map<string, string>();
    for (const a of DEMO_AGENCIES) {
      const row = await tx
        .insertInto('agencies')
        .values({
          name: a.name,
          short_name: a.shortName,
          kind: a.kind,
          region_code: a.region,
          parent_id: a.parentKey ? agencyIds.get(a.parentKey)! : null,
          credit_code: creditCode(`11440703${a.orgCode}M`.slice(0, 17)),
          doc_prefix: a.docPrefix,
          domains: a.domains,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      agencyIds.set(a.key, row.id);
      if (a.kind === 'township' || a.kind === 'street') {
        await tx.insertInto('teams').values({ agency_id: row.id, name: '综合行政执法队' }).execute();
      }
    }
    const people = demoPeople();
    let certSerial = 1;
    for (const [i, p] of people.entries()) {
      const name = demoName(i);
      const agencyId = agencyIds.get(p.agencyKey)!;
      const team = await tx.selectFrom('teams').select('id').where('agency_id', '=', agencyId).executeTakeFirst();
      const birth = `19${70 + (i % 25)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 27) + 1).padStart(2, '0')}`;
      const id = idNumber(birth, 100 + i);
      const phone = `139${String(2000_0000 + i * 7919).slice(0, 8)}`;
      const person = await tx
        .insertInto('persons')
        .values({
          agency_id: agencyId,
          team_id: team?.id ?? null,
          name,
          id_number_enc: app.fieldCrypto.encrypt(id, 'persons.id_number'),
          id_number_hmac: app.fieldCrypto.lookup(id, 'persons.id_number'),
          id_number_masked: maskIdNumber(id),
          phone_enc: app.fieldCrypto.encrypt(phone, 'persons.phone'),
          phone_masked: `${phone.slice(0, 3)}****${phone.slice(7)}`,
          post: p.post,
          has_legal_qualification: p.legalQualification ?? false,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (p.certificate) {
        const validTo = addDays(today, p.certificate.expiresInDays);
        const validFrom = addDays(today, p.certificate.expiresInDays - 5 * 365);
        await tx
          .insertInto('certificates')
          .values({
            person_id: person.id,
            number: `44070319${String(certSerial++).padStart(4, '0')}`,
            issuer: '广东省人民政府',
            domains: p.certificate.domains,
            valid_from: validFrom,
            valid_to: validTo,
            status: p.certificate.expiresInDays < 0 ? 'expired' : 'valid',
            verify_token: crypto.randomBytes(16).toString('base64url'),
          })
          .execute();
      }
      const isAdmin = p.roles.some((r) => r.endsWith('Admin'));
      await tx
        .insertInto('users')
        .values({
          username: p.username,
          name,
          agency_id: agencyId,
          person_id: isAdmin ? null : person.id,
          roles: p.roles,
          password_hash: passwordHash,
          // The platform's clock, not the database's: idle-account rules count from it.
          created_at: today,
          // Demo administrators come enrolled so the printed secret works at once.
          totp_secret_enc: isAdmin ? encryptTotpSecret(app, newTotpSecret()) : null,
          totp_enabled: isAdmin,
        })
        .execute();
    }
    await seedLibraryDemo(tx, app, { agencyIds, today: app.today() });
    await seedCaseDemo(tx, app, { agencyIds, today: app.today() });
    await seedOversightDemo(tx, app, { agencyIds, today: app.today() });
    await seedPortalDemo(tx, app, { agencyIds, today: app.today() });
    await seedDisclosureDemo(tx, app);
    await seedReviewDemo(tx, app);
    await tx
      .insertInto('settings')
      .values({ key: 'demo.seeded', value: JSON.stringify({ at: today.toISOString() }) })
      .execute();
    await appendAudit(tx, app.keys.auditSeal, {
      eventType: 'system.demoSeeded',
      outcome: 'success',
      objectType: 'region',
      objectId: '440703',
      details: { people: people.length, agencies: DEMO_AGENCIES.length },
    });
  });
  return { created: true, password, accounts: await listDemoAccounts(app) };
}

export function demoBanner(demo: DemoResult, port: number): string {
  const lines = demo.accounts.map((a) => {
    const roles = a.roles.map((r) => ROLE_LABELS[r] ?? r).join('、');
    return `  ${a.username.padEnd(20)} ${a.name.padEnd(6, '　')} ${roles.padEnd(12, '　')} ${a.agency}${a.totpSecret ? `  动态验证码密钥：${a.totpSecret}` : ''}`;
  });
  return [
    '',
    '综合行政执法平台（演示模式）已启动',
    `  访问地址：http://localhost:${port}`,
    `  演示账号统一密码：${demo.password}`,
    '  演示数据仅供体验：生产数据请使用 PostgreSQL（DATABASE_URL）并设置 ZHIFA_MODE=production。',
    '',
    '演示账号：',
    ...lines,
    '',
  ].join('\n');
}
