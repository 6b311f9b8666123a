import type { Actor, ActorType } from '../../src/domain/index.js';
import { createRandom } from './random.js';

/** Real names first (so a real extractor's gazetteer finds them), then generated ones for volume. */
const COUNTRIES = [
  'Pakistan', 'Afghanistan', 'Turkey', 'Qatar', 'Iran', 'China', 'India', 'United States', 'Russia',
  'Saudi Arabia', 'United Kingdom', 'France', 'Germany', 'Egypt', 'Israel', 'Ukraine', 'Syria', 'Iraq',
  'Jordan', 'Lebanon', 'Yemen', 'Oman', 'United Arab Emirates', 'Kuwait', 'Bahrain', 'Japan',
  'South Korea', 'North Korea', 'Indonesia', 'Malaysia', 'Bangladesh', 'Sri Lanka', 'Nepal',
  'Uzbekistan', 'Tajikistan', 'Turkmenistan', 'Kazakhstan', 'Azerbaijan', 'Armenia', 'Georgia',
  'Ethiopia', 'Sudan', 'Somalia', 'Kenya', 'Nigeria', 'Libya', 'Algeria', 'Morocco', 'Tunisia',
  'Brazil', 'Mexico', 'Canada', 'Italy', 'Spain', 'Poland', 'Norway', 'Sweden', 'Switzerland',
];
const ORGANISATIONS = [
  'the Taliban', 'Tehrik-i-Taliban Pakistan', 'the United Nations', 'the European Union', 'NATO',
  'the African Union', 'the Arab League', 'the Red Cross', 'the World Bank', 'the International Monetary Fund',
  'Hamas', 'Hezbollah', 'the Houthis', 'the Islamic State', 'al-Shabaab', 'the Shanghai Cooperation Organisation',
];
const REGIONS = ['Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Coastal', 'Highland', 'Border', 'Delta', 'Valley'];
const CAUSES = ['Liberation', 'Unity', 'Resistance', 'Salvation', 'Justice', 'Freedom', 'Renewal', 'Defence', 'Solidarity', 'Progress'];
const BODIES = ['Front', 'Movement', 'Army', 'Council', 'Alliance', 'Brigade', 'Party', 'Union'];
const GIVEN = ['Amir', 'Sana', 'Farid', 'Leila', 'Omar', 'Nadia', 'Karim', 'Yusuf', 'Mariam', 'Tariq', 'Hina', 'Rashid', 'Zara', 'Imran', 'Aisha', 'Bilal'];
const FAMILY = ['Khan', 'Rahimi', 'Qureshi', 'Haidari', 'Yilmaz', 'Al-Thani', 'Karimi', 'Sharif', 'Durrani', 'Aziz', 'Malik', 'Hakimi', 'Demir', 'Nasser', 'Saleh', 'Baig'];
const ROLES = ['Foreign Minister', 'Defence Minister', 'Prime Minister', 'spokesman', 'envoy', 'Interior Minister'];

export interface SyntheticActor extends Actor {
  /** How the actor is written in running text (with an article where English needs one). */
  readonly mention: string;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function actor(name: string, type: ActorType, mention = name, affiliation: string | null = null): SyntheticActor {
  const display = name.replace(/^the /, '');
  return { id: slug(name), name: display, type, aliases: [], affiliation, mention };
}

/**
 * A deterministic pool of `size` actors: real countries and organisations first, then generated
 * armed groups and officials (each official affiliated to a country). Index 0 is the most
 * frequent actor under the Zipf draw the article generator uses.
 */
export function actorPool(size: number, seed = 1): SyntheticActor[] {
  const rnd = createRandom(seed);
  const pool: SyntheticActor[] = [];
  const ids = new Set<string>();
  const add = (a: SyntheticActor): void => {
    if (!ids.has(a.id) && pool.length < size) {
      ids.add(a.id);
      pool.push(a);
    }
  };
  for (const c of COUNTRIES) add(actor(c, 'COUNTRY'));
  for (const o of ORGANISATIONS) add(actor(o, 'ORGANIZATION', o));
  // Generated names get a number only when the combination is taken, so most read naturally.
  const unique = (name: string, i: number): string => (ids.has(slug(name)) ? `${name} ${i}` : name);
  let i = 0;
  while (pool.length < size) {
    i += 1;
    if (i % 3 === 0) {
      const country = rnd.pick(COUNTRIES);
      const name = unique(`${rnd.pick(GIVEN)} ${rnd.pick(FAMILY)}`, i);
      const role = rnd.pick(ROLES);
      add({ ...actor(name, 'PERSON', `${country}'s ${role} ${name}`, slug(country)), aliases: [`${role} ${name}`] });
    } else {
      const group = unique(`the ${rnd.pick(REGIONS)} ${rnd.pick(CAUSES)} ${rnd.pick(BODIES)}`, i);
      add(actor(group, 'ORGANIZATION', group));
    }
  }
  return pool;
}
