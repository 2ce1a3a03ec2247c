/**
 * `npm run share-cards:samples` (scripts/share-card-samples.ts): renders one share card per script
 * into docs/share-cards/, from real page texts (Latin, Cyrillic, Thai,
 * Arabic) and a Japanese sample (Japanese is a wave-2 locale with no
 * content yet), so a reviewer can look at what the build draws. The Arabic
 * sample carries a Latin name and digits inside right-to-left text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderCard, type CardInput } from '../src/lib/share-card/card.ts';

const out = resolve(import.meta.dirname, '..', 'docs', 'share-cards');
const samples: Record<string, CardInput> = {
  'latin-en': {
    title: 'Subscription cancellation email templates',
    description: 'Cancellation email templates to confirm a cancellation, ask why customers leave, follow up on their feedback and invite them back. Fill in the blanks and send.',
    siteName: 'Mailkit',
    lang: 'en',
    dir: 'ltr',
  },
  'cyrillic-ru': {
    title: 'Шаблоны ответов на запросы о возврате денег',
    description: 'Готовые ответы на просьбы вернуть деньги — подтверждение запроса, одобрение, отказ, статус возврата и ответ рассерженному клиенту.',
    siteName: 'Mailkit',
    lang: 'ru',
    dir: 'ltr',
  },
  'thai-th': {
    title: 'ลดการยกเลิกการสมัครสมาชิกด้วยข้อเสนอจูงใจและการติดตามผล',
    description: 'วิธีลดการยกเลิกการสมัครสมาชิก ตั้งแต่เตือนลูกค้าที่บัตรถูกปฏิเสธหรือใกล้หมดอายุ ข้อเสนออัปเกรดหรือเดือนฟรี ไปจนถึงการให้รางวัลสมาชิกที่อยู่กับเรามานาน',
    siteName: 'Mailkit',
    lang: 'th',
    dir: 'ltr',
  },
  'arabic-ar': {
    title: 'قوالب رسائل العملاء في Mailkit: ‏12 قالبًا لطلبات الاسترداد',
    description: 'قوالب مجانية لرسائل دعم العملاء باللغة العربية: إلغاء الاشتراكات واسترداد المبالغ وغير ذلك. املأ الفراغات، وانسخ الرسالة بتنسيقها، ثم الصقها في أي برنامج بريد.',
    siteName: 'Mailkit',
    lang: 'ar',
    dir: 'rtl',
  },
  'japanese-ja': {
    title: '返金リクエストへの返信メールテンプレート：承認・却下・一部返金のすべてに対応',
    description: '受付の確認から承認、却下、返金状況のお知らせまで。空欄を埋めて、そのまま送れます。',
    siteName: 'Mailkit',
    lang: 'ja',
    dir: 'ltr',
  },
};

mkdirSync(out, { recursive: true });
for (const [name, input] of Object.entries(samples)) {
  const png = renderCard(input);
  writeFileSync(join(out, `${name}.png`), png);
  console.log(`docs/share-cards/${name}.png  ${png.length.toLocaleString('en')} bytes`);
}
