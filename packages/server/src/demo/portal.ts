// Demo data of the public portal: how the public reaches each agency (phone, address), and one
// complaint received through the portal, waiting in 环市街道's lead queue.
import crypto from 'node:crypto';
import type { Tx } from '../db/schema';
import type { AppContext } from '../platform/context';
import { registerLead } from '../modules/leads/register-lead';
import { DEMO_AGENCIES } from './county';

// Fictitious numbers and addresses of the right shape.
const ADDRESS: Record<string, string> = {
  huanshi: '江门市蓬江区环市街道办事处一楼综合行政执法办公室',
  baisha: '江门市蓬江区白沙街道办事处二楼综合行政执法办公室',
  chaolian: '江门市蓬江区潮连街道办事处一楼综合行政执法办公室',
  tangxia: '江门市蓬江区棠下镇人民政府一楼综合行政执法办公室',
  hetang: '江门市蓬江区荷塘镇人民政府一楼综合行政执法办公室',
  duruan: '江门市蓬江区杜阮镇人民政府一楼综合行政执法办公室',
};

export async function seedPortalDemo(
  tx: Tx,
  app: AppContext,
  { agencyIds, today }: { agencyIds: Map<string, string>; today: string },
) {
  let n = 0;
  for (const a of DEMO_AGENCIES) {
    if (a.kind === 'countyGovernment') continue;
    n += 1;
    await tx
      .updateTable('agencies')
      .set({
        public_phone: `0750-32${String(100 + n).padStart(3, '0')}01`,
        public_address: ADDRESS[a.key] ?? `江门市蓬江区${a.name.replace(/^江门市蓬江区/, '')}办公地点`,
      })
      .where('id', '=', agencyIds.get(a.key)!)
      .execute();
  }
  const townshipId = agencyIds.get('huanshi')!;
  const agency = await tx
    .selectFrom('agencies')
    .select(['id', 'doc_prefix'])
    .where('id', '=', townshipId)
    .executeTakeFirstOrThrow();
  const now = app.now();
  const lead = await registerLead(
    tx,
    {
      agency: { id: agency.id, docPrefix: agency.doc_prefix },
      source: 'complaint',
      receivedOn: today,
      summary: '【公众投诉】乱倒垃圾、焚烧垃圾：建设路口每晚有人往绿化带倾倒生活垃圾，气味很大。',
      location: '环市街道建设路与东华路交叉口绿化带',
      partyName: null,
      item: null,
      reporterEnc: null,
      by: null,
      details: { source: 'complaint', channel: 'portal' },
    },
    today,
    now,
  );
  await tx
    .insertInto('public_complaints')
    .values({
      lead_id: lead.id,
      agency_id: agency.id,
      // The demo complaint's receipt is not printed anywhere: a random code nobody holds.
      receipt_hash: crypto.randomBytes(24).toString('base64url'),
      problem_type: 'garbage',
      township_id: townshipId,
      address: '建设路与东华路交叉口绿化带',
      description: '建设路口每晚有人往绿化带倾倒生活垃圾，气味很大。',
      anonymous: false,
      name_enc: app.fieldCrypto.encrypt('陈晓梅', 'public_complaints.name'),
      phone_enc: app.fieldCrypto.encrypt('13800138000', 'public_complaints.phone'),
      source_hash: 'demo',
      created_at: now,
    })
    .execute();
}
