/**
 * National test datasets: a deterministic data folder (areas.csv, indicators.csv, observations.csv in the
 * canonical columns of data/) far larger than one province's, for the benchmark and the tests at scale.
 *
 *   node scripts/national-data.mjs <kind> <outDir>
 *
 * Kinds (areas nested as the real hierarchy: the country, its provinces with their real names, units):
 *   districts-140k  63 provinces (before 1 July 2025) with 700 districts × 10 years (2015–2024) × 20 indicators
 *                   = 140,000 rows
 *   communes-1.7m   34 provinces (from 1 July 2025) with 3,300 communes × 10 years (2025–2034) × 50 indicators
 *                   = 1,650,000 rows
 *   monthly-270k    a province's monthly data (issue 25's scale row): Lai Châu with 38 communes × 60 indicators ×
 *                   10 years (2025–2034) × 12 figures a year (each of months 1–11 alone, and the year's) = 273,600 rows
 *   small           3 provinces with 60 districts × 5 years × 20 indicators = 6,000 rows, for development
 *
 * What is real and what is not: the country and the province names are real (the 63 provinces of the General
 * Statistics Office's list before the 2025 reform, the 34 of Resolution 202/2025/QH15 after it); every
 * district or commune is synthetic ("Huyện Bắc 07", "Xã Đông 112"), as are indicators beyond data/indicators.csv
 * and every figure (a seeded generator: the same kind always gives the same bytes). The synthetic units have no
 * valid_from/valid_to: the communes' years lie after the reform, the districts' before it, so the year rule
 * holds either way. Each file's source says it is test data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROVINCES_BEFORE_2025 = [
  'Hà Nội', 'Hà Giang', 'Cao Bằng', 'Bắc Kạn', 'Tuyên Quang', 'Lào Cai', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Yên Bái', 'Hòa Bình',
  'Thái Nguyên', 'Lạng Sơn', 'Quảng Ninh', 'Bắc Giang', 'Phú Thọ', 'Vĩnh Phúc', 'Bắc Ninh', 'Hải Dương', 'Hải Phòng', 'Hưng Yên',
  'Thái Bình', 'Hà Nam', 'Nam Định', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế',
  'Đà Nẵng', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận', 'Kon Tum', 'Gia Lai',
  'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng', 'Bình Phước', 'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Bà Rịa - Vũng Tàu', 'Thành phố Hồ Chí Minh',
  'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Cần Thơ', 'Hậu Giang',
  'Sóc Trăng', 'Bạc Liêu', 'Cà Mau',
];

export const PROVINCES_FROM_2025 = [
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng',
  'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình', 'Quảng Trị', 'Đà Nẵng',
  'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Thành phố Hồ Chí Minh', 'Đồng Nai', 'Tây Ninh', 'Cần Thơ',
  'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
];

const KINDS = {
  'districts-140k': { provinces: PROVINCES_BEFORE_2025, units: 700, level: 'district', years: [2015, 2024], indicators: 20 },
  'communes-1.7m': { provinces: PROVINCES_FROM_2025, units: 3300, level: 'commune', years: [2025, 2034], indicators: 50 },
  'monthly-270k': { provinces: ['Lai Châu'], units: 38, level: 'commune', years: [2025, 2034], indicators: 60, months: 11 },
  small: { provinces: ['Lai Châu', 'Điện Biên', 'Sơn La'], units: 60, level: 'district', years: [2020, 2024], indicators: 20 },
};
export const NATIONAL_KINDS = Object.keys(KINDS);

const QUARTERS = ['Bắc', 'Nam', 'Đông', 'Tây', 'Trung'];

/** "Thành phố Hồ Chí Minh" → "thanh-pho-ho-chi-minh". */
export const slug = (name) =>
  name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const csvCell = (value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvLine = (cells) => cells.map((c) => csvCell(String(c))).join(',');

/** The project's indicators, then synthetic ones of every direction and additivity up to `count`. */
function indicatorsOf(count, root) {
  const lines = readFileSync(join(root, 'data', 'indicators.csv'), 'utf8').trim().split('\n');
  const real = lines.slice(1).map((line) => line);
  const rows = real.slice(0, count);
  for (let k = rows.length; k < count; k++) {
    const n = String(k + 1).padStart(2, '0');
    const lower = k % 4 === 3;
    rows.push(csvLine([`chi_tieu_thu_${n}`, `Chỉ tiêu thử nghiệm ${n}`, `Test indicator ${n}`, lower ? '%' : 'tỷ đồng', lower ? '%' : 'billion VND', lower ? 'lower_is_better' : 'higher_is_better', lower ? 2 : 1, lower ? 'false' : 'true']));
  }
  return { header: lines[0], rows, parsed: rows.map((line) => parseIndicator(line)) };
}

function parseIndicator(line) {
  const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
  return { id: cells[0], unit: cells[3], direction: cells[5], decimals: Number(cells[6]) };
}

/** The three CSV texts of a national dataset of that kind. */
export function nationalDataset(kind, root = process.cwd()) {
  const spec = KINDS[kind];
  if (!spec) throw new Error(`unknown kind "${kind}": one of ${NATIONAL_KINDS.join(', ')}`);
  let seed = 20261128;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const source = 'Dữ liệu thử nghiệm quy mô quốc gia (tên đơn vị dưới tỉnh là giả định)';
  const areas = [csvLine(['viet-nam', 'Việt Nam', 'country', '', 'quốc gia', '', '', '', '', source, ''])];
  const units = [];
  spec.provinces.forEach((name, p) => {
    const provinceId = slug(name);
    areas.push(csvLine([provinceId, name, 'province', 'viet-nam', name.startsWith('Thành phố') || ['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'].includes(name) ? 'thành phố' : 'tỉnh', '', '', '', '', source, '']));
    // Units spread as evenly as the count allows: the first provinces take one more.
    const count = Math.floor(spec.units / spec.provinces.length) + (p < spec.units % spec.provinces.length ? 1 : 0);
    for (let u = 0; u < count; u++) {
      const ward = spec.level === 'commune' && u % 7 === 0;
      const kindName = spec.level === 'district' ? 'huyện' : ward ? 'phường' : 'xã';
      const label = `${kindName[0].toUpperCase()}${kindName.slice(1)} ${QUARTERS[u % QUARTERS.length]} ${String(u + 1).padStart(spec.level === 'district' ? 2 : 3, '0')}`;
      const id = `${provinceId}-${slug(kindName)[0]}${u + 1}`;
      units.push(id);
      areas.push(csvLine([id, label, spec.level, provinceId, kindName, '', '', '', '', source, '']));
    }
  });
  const indicators = indicatorsOf(spec.indicators, root);
  // A monthly kind writes the period column (months 1–n alone, then the year's figure); the others the first nine columns.
  const months = spec.months ?? 0;
  const observations = [months ? 'area,year,indicator,plan,actual,percent_of_plan,unit,source,note,plan_text,figure_kind,as_of,history,period' : 'area,year,indicator,plan,actual,percent_of_plan,unit,source,note'];
  for (let year = spec.years[0]; year <= spec.years[1]; year++) {
    const yearSource = `Thử nghiệm ${year}`;
    for (const area of units)
      for (const indicator of indicators.parsed) {
        const decimals = Math.min(indicator.decimals, 2);
        const plan = 10 + random() * 990;
        const actual = plan * (0.8 + random() * 0.4);
        const r = random();
        // The unit column is left empty: the catalog's unit holds (and the file stays under the 128 MB limit).
        // About 3 % without a result yet, 2 % without a plan: the views must show "no data", never 0.
        const planCell = r < 0.02 ? '' : plan.toFixed(decimals);
        // A month's plan is the year's (docs/data.md); its figure about a twelfth of the year's for figures that add up.
        for (let m = 1; m <= months; m++) {
          const share = indicator.unit === '%' ? 1 : 1 / 12;
          observations.push(`${area},${year},${indicator.id},${planCell},${(actual * share * (0.85 + random() * 0.3)).toFixed(decimals)},,,${yearSource},,,,,,month-${String(m).padStart(2, '0')}`);
        }
        observations.push(`${area},${year},${indicator.id},${planCell},${r > 0.97 ? '' : actual.toFixed(decimals)},,,${yearSource},${months ? ',,,,,' : ''}`);
      }
  }
  return {
    'areas.csv': `id,name,level,parent,kind,valid_from,valid_to,predecessors,succession,source,note\n${areas.join('\n')}\n`,
    'indicators.csv': `${indicators.header}\n${indicators.rows.join('\n')}\n`,
    'observations.csv': `${observations.join('\n')}\n`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind, outDir] = process.argv.slice(2);
  if (!kind || !outDir) {
    console.error(`Usage: node scripts/national-data.mjs <${NATIONAL_KINDS.join('|')}> <outDir>`);
    process.exit(2);
  }
  const files = nationalDataset(kind);
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  const rows = files['observations.csv'].split('\n').length - 2;
  console.log(`${kind}: ${rows.toLocaleString('en-US')} observations, ${(files['observations.csv'].length / 1024 / 1024).toFixed(1)} MB → ${outDir}`);
}
