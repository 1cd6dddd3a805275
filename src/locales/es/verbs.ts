/**
 * Enough Spanish verb forms to put a request after «Necesito…»: a request typed as an order
 * («Avísame», «Decime», «No me grites») or in the imperfect subjunctive of «me gustaría que…»
 * («que pasáramos») becomes «que» + the present subjunctive («que me avises», «que me digas», «que no
 * me grites», «que pasemos»). Regular verbs by their endings; the irregular and stem-changing verbs
 * people ask with most, by table. Words are matched folded (no accents, lower case).
 */
import { fold } from '../../core/phone-text.js';

const clitic = '(?:me|te|se|nos|os|lo|la|los|las|le|les)';

/** Orders whose subjunctive is irregular: «di» → «digas», voseo «decí» → «digas». */
const irregularOrders: Record<string, string> = {
  di: 'digas', deci: 'digas', haz: 'hagas', hace: 'hagas', ven: 'vengas', veni: 'vengas', pon: 'pongas', pone: 'pongas',
  sal: 'salgas', sali: 'salgas', ten: 'tengas', tene: 'tengas', ve: 'vayas', da: 'des', oye: 'oigas', trae: 'traigas', trai: 'traigas',
};

/** Stems that change in the present (voseo orders and the imperfect subjunctive keep the plain one): «contame» → «cuentes». */
const stemChanges: Record<string, string> = {
  cont: 'cuent', mostr: 'muestr', record: 'recuerd', acord: 'acuerd', prob: 'prueb', despert: 'despiert', pens: 'piens',
  volv: 'vuelv', devolv: 'devuelv', entend: 'entiend', ped: 'pid', sent: 'sient', sint: 'sient', dorm: 'duerm', durm: 'duerm',
  quer: 'quier', cerr: 'cierr', empez: 'empiec', jug: 'jueg', acost: 'acuest', encontr: 'encuentr', perd: 'pierd', mov: 'muev',
  segu: 'sig', sigu: 'sig', ment: 'mient', mint: 'mient', prefer: 'prefier', prefir: 'prefier', sirv: 'sirv', serv: 'sirv',
  repet: 'repit', repit: 'repit', pid: 'pid', cuent: 'cuent',
};

/** Preterite stems of the imperfect subjunctive and their present ones: «tuvieras» → «tengas», «dijeras» → «digas». */
const preteriteStems: Record<string, string> = {
  tuv: 'teng', hic: 'hag', vin: 'veng', pus: 'pong', quis: 'quier', pud: 'pued', sup: 'sep', estuv: 'est', d: 'd', dij: 'dig',
  traj: 'traig', anduv: 'and', cup: 'quep', conduj: 'conduzc', ley: 'le', oy: 'oig', cay: 'caig', fu: 'se', hub: 'hay',
};

/** Orders people give without a pronoun after them, which are never nouns («Deja de…», «Llega a la hora», «Vení»). */
const plainOrders = new Set('deja escucha habla llega avisa vuelve mira piensa respeta llama recoge limpia apaga guarda espera trata intenta veni ven sal pon haz di ten'.split(' '));

/** Verbs asked for with «lo», «la» or «te» and no accent (voseo «anotalo», «dejalo»), where a noun could end alike («regalo», «chocolate»). */
const objectOrders = new Set('anota deja lleva guarda apaga pensa cerra limpia lava ordena hace deci trae queda acorda cuida'.split(' '));

/** The spelling a consonant takes before the new vowel: «busca» → «busques», «llega» → «llegues», «abraza» → «abraces», «recoge» → «recojas». */
function respell(stem: string, vowel: 'e' | 'a'): string {
  if (vowel === 'e') return stem.replace(/c$/, 'qu').replace(/g$/, 'gu').replace(/z$/, 'c');
  return stem.replace(/gu$/, 'g').replace(/g$/, 'j').replace(/([aeiou])c$/, '$1zc').replace(/c$/, 'z');
}

/** The present subjunctive, second person (tú): the stem of an `-ar` verb takes «-es», any other «-as». */
function subjunctive(stem: string, arVerb: boolean, irregular = false): string {
  if (stem === 'est') return 'estés';
  if (stem === 'd') return 'des';
  return arVerb ? `${respell(stem, 'e')}es` : `${irregular ? stem : respell(stem, 'a')}as`;
}

/** The ways to read an order as a verb and up to two pronouns after it: «hablame» → «habla» + «me», «dimelo» → «di» + «me» + «lo». */
function splits(word: string): { verb: string; pronouns: string[] }[] {
  const found = [{ verb: word, pronouns: [] as string[] }];
  const one = new RegExp(`^(.+?)(${clitic})$`);
  for (let i = 0; i < 2; i++) {
    const last = found.at(-1)!;
    const match = one.exec(last.verb);
    if (!match) break;
    // The shortest pronoun at the end first («habla-me», not «hab-la-me»), so try both readings below.
    found.push({ verb: match[1]!, pronouns: [match[2]!, ...last.pronouns] });
  }
  return found.reverse();
}

/** «Avísame», «decime», «escúchame», «deja de…», «hazme caso» → «que me avises», «que me digas»…; anything else unchanged. */
export function orderToRequest(text: string): string {
  const folded = fold(text);
  const word = /^[a-zñ]+/u.exec(folded)?.[0];
  if (!word) return text;
  const accented = /[áéíóú]/i.test(text.slice(0, word.length));
  for (const { verb, pronouns } of splits(word)) {
    const irregular = irregularOrders[verb];
    if (!irregular && !(/[aei]$/.test(verb) && verb.length > 2)) continue;
    // An order to me or us, two pronouns, an accent typed on the verb («anótalo»), or a verb known to be asked for so.
    const order = pronouns.length
      ? /^(?:me|nos)$/.test(pronouns[0]!) || pronouns.length === 2 || accented || objectOrders.has(verb) || !!irregular
      : plainOrders.has(verb);
    if (!order) continue;
    const stem = verb.slice(0, -1);
    const form = irregular ?? subjunctive(stemChanges[stem] ?? stem, verb.endsWith('a'));
    return ['que', ...pronouns, form].join(' ') + text.slice(word.length);
  }
  return text;
}

/**
 * After «que», a verb in the imperfect subjunctive («que pasáramos», «que me lo dijeras») put in the
 * present one, the tense «Necesito que…» asks for («que pasemos», «que me lo digas»).
 */
export function presentAfterQue(text: string): string {
  const folded = fold(text);
  const match = new RegExp(`^(que\\s+(?:no\\s+)?(?:${clitic}\\s+){0,2})(d|[a-zñ]{2,}?)(aramos|asemos|ieramos|iesemos|eramos|aras|ases|ieras|ieses|eras)(?![\\p{L}])`, 'u').exec(folded);
  if (!match) return text;
  const [whole, head, stem, ending] = [match[0], match[1]!, match[2]!, match[3]!];
  const we = ending.endsWith('mos');
  const arVerb = ending.startsWith('a');
  // «-eras» without «-i-» is only a preterite stem's («dijeras», «trajeras», «fueras»).
  if (!arVerb && !ending.startsWith('i') && !preteriteStems[stem]) return text;
  if (!arVerb && /^(?:qu|pref|sug|h|requ|adqu|ref|transf|dif|inf|conf)$/.test(stem)) return text; // «que me quieras» is already present
  const irregular = !arVerb && stem in preteriteStems;
  let present = irregular ? preteriteStems[stem]! : stem;
  if (present === 'se' && /^\s*(?:a|al)\s/.test(folded.slice(whole.length))) present = 'vay'; // «que fuéramos al cine»
  if (!we) present = stemChanges[present] ?? present;
  else if (present === 'pued') present = 'pod';
  else if (present === 'quier') present = 'quer';
  const form =
    present === 'se' ? (we ? 'seamos' : 'seas') : present === 'vay' ? (we ? 'vayamos' : 'vayas') : we ? weForm(present, arVerb, irregular) : subjunctive(present, arVerb, irregular);
  return head + form + text.slice(whole.length);
}

function weForm(stem: string, arVerb: boolean, irregular = false): string {
  if (stem === 'est') return 'estemos';
  return arVerb ? `${respell(stem, 'e')}emos` : `${irregular ? stem : respell(stem, 'a')}amos`;
}
