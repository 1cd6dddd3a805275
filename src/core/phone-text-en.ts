import { registeredPhoneText, type PhoneTextRules } from './phone-text.js';

/**
 * English as typed on a phone: which Capitalised words are ordinary (lowered where a phone put the
 * capital) and which punctuation to restore. A compact list of the words sentences about everyday
 * life are made of, read with their endings ("forgets", "cancelled", "asking", "nights"), and word
 * shapes no name has ("-ness", "-tion"…); a word found nowhere keeps its capital: it may be a name.
 */
const words = new Set(
  `a an the this that these those there here it its me my mine you your yours we us our they them their he him his she her
  one ones someone somebody something anyone anybody anything everyone everybody everything noone nobody nothing
  all both each either neither every few many much more most less least lot lots some any no none other others another
  such same own enough half whole about above across after against along among around as at before behind below beside
  between beyond by despite down during except for from in inside into like near of off on onto out outside over past per
  since than through till to toward towards under until up upon with within without and but or nor so yet if then because
  though although while unless whether once just only even still also not never always sometimes often usually rarely
  again already almost really very too quite rather pretty maybe perhaps probably actually basically literally honestly
  seriously totally completely especially instead otherwise anyway ever now today tonight tomorrow yesterday later soon
  early late first last next finally suddenly recently lately mostly constantly barely hardly kinda away back home
  together alone ahead apart straight right wrong well what when where which who whom whose why how whatever whenever
  am is are was were be been being have has had do does did done can could will would shall should may might must need
  dont doesnt didnt cant wont isnt arent wasnt werent havent hasnt hadnt couldnt wouldnt shouldnt im ive youre youve youll
  youd weve theyre theyve theyll theyd hes shes thats whats theres heres lets itll itd thatll whatll goes yes ok okay
  please sorry thanks thank
  go went gone come came make made take took taken give gave given tell told say said ask call text talk speak listen
  hear heard see saw seen look watch leave left stay wait help try start stop keep kept let put bring brought send sent
  check change choose chose decide plan spend spent share show know knew think thought feel felt want like love hate mean
  meant seem act turn walk run ran drive drove sleep slept eat ate cook clean wash pay paid buy bought work play read write
  wrote cancel forget forgot forgotten remember ignore interrupt shout yell raise slam roll scroll answer reply respond pick
  drop move miss lose lost find found hold held hug kiss touch sit sat stand use open close agree argue fight complain blame
  compare judge joke laugh cry lie hide waste sort deal handle care worry notice promise explain understand respect support
  include invite arrive return message book borrow fill visit skip finish happen sound matter bother annoy upset hurt scare
  comment correct tidy vent travel pack rush land pile drink fall fell wake woke break broke dress mind forgive fix set
  switch pause calm breathe reach pull grab follow join meet order count save owe become became begin began get got drag
  reschedule remind reminder asleep awake ready front name fun secret decision beer wine coffee tea everywhere anywhere
  somewhere nowhere elsewhere whoever lock split quit hum tease mock nag snap swear sigh smile win bake feed iron mow paint
  build repair earn save delete block post ring hurry toy course tour class lesson practice club team match pool beach park
  shop store restaurant church hospital doctor appointment teacher neighbour neighbor dog cat pet garden bathroom bedroom
  bag key wallet coat shoe window table chair computer video account password bank cash loan debt flight ticket hotel bus
  train bike traffic weather lazy messy rude nasty mean harsh cold distant close warm sweet hungry drunk sober nice cross
  time day week weekend month year morning afternoon evening night hour minute moment date holiday trip party birthday
  anniversary bed bedtime dinner lunch breakfast meal food kitchen house room sofa couch car phone screen laptop email money
  bill rent budget chore dish laundry shopping grocery kid children child baby family friend parent partner ex boss job
  office school space rest quiet peace reassurance patience honesty trust attention affection cuddle chat rota schedule
  calendar routine apology update heads life people person thing stuff way word voice eye hand face feeling needs argument
  row subject story game sister brother son daughter wife husband boyfriend girlfriend mother father law cleaning card
  credit charger desk floor clothes basket bin light door sink machine man woman overnight goodbye goodnight emoji limit
  plate cup mess noise news photo picture show series movie film music gym walk run drinks bath shower
  good bad better worse best worst new old big small little long short quick slow loud clear regular honest kind gentle
  calm fair equal extra proper real busy free full empty happy sad angry tired fine sure safe sick important difficult hard
  easy private open quick same different whole
  two three four five six seven eight nine ten eleven twelve twenty thirty hundred twice second third`.split(/\s+/),
);

/**
 * Endings no first name has: "-ness", "-ment", "-tion", "-ful", "-less", "-ous", "-ship", "-ize", "-ism"; when long,
 * "-ly", "-ance", "-ence", "-ing" and "-ed" ("Quitting", "Unlocked"); a plural after a consonant ("Waiters").
 */
const shapes = /(?:ness|ment|[st]ion|ful|less|ous|ship|hood|ize|ism|ity|able|ible|[a-z]{3}[^lr]ly|[a-z]{4}[ae]nce|[a-z]{3}[^aeiou](?:ing|ed)|.{2}[^aeiousy]s)$/;


/** The word without an ending it may carry: "forgets" → "forget", "cancelled" → "cancel", "leaving" → "leave", "worries" → "worry". */
function stems(word: string): string[] {
  const found = [word];
  const base = /^(?:(.{2,}?)(?:s|es|ed|ing|er|est)|(.{3,}?)ly)$/.exec(word);
  if (base) {
    const stem = (base[1] ?? base[2])!;
    found.push(stem, `${stem}e`);
    if (/(.)\1$/.test(stem)) found.push(stem.slice(0, -1)); // cancelled, stopped
    if (stem.endsWith('i')) found.push(`${stem.slice(0, -1)}y`); // worries, tidied
  }
  return found;
}

export const englishPhoneText: PhoneTextRules = {
  ordinary: (word) => stems(word).some((stem) => words.has(stem) || shapes.test(stem)),
  names: new Set(
    'florence lawrence terrence clarence constance prudence clement trinity sterling browning channing fleming manning alfred mildred winifred manfred wilfred mohammed muhammed williams roberts edwards richards'.split(' '),
  ),
  before: new Set('a an the my your our their his her its this these those some every each no any another which whose i you we they he she'.split(' ')),
  alsoNames: new Set('will mark grace hope joy faith rose jack frank bill pat ray max sue dawn june april may summer rob drew chase'.split(' ')),
  nameNext: /^(?:to|and|is|was|has|does|doesnt|didnt|never|always|keeps|just|\p{L}+[^s]s)$/u,
  keepCapital: /^I(?:['’](?:m|ve|ll|d))?$/,
  fixes: [
    // Apostrophes a phone typed without: "dont", "youre", "im", "thats".
    [/(?<![\p{L}'’])(do|does|did|is|are|was|were|have|has|had|could|would|should|must|ca|wo)(n)(t)(?![\p{L}'’])/giu, "$1$2'$3"],
    [/(?<![\p{L}'’])(you|they)(re|ve|ll|d)(?![\p{L}'’])/giu, "$1'$2"],
    [/(?<![\p{L}'’])(we)(ve)(?![\p{L}'’])/giu, "$1'$2"],
    [/(?<![\p{L}'’])(that|what|there|here|he|she|who|where)(s)(?![\p{L}'’])/giu, "$1'$2"],
    [/(?<![\p{L}'’])(i)(m|ve)(?![\p{L}'’])/giu, "$1'$2"],
    // The pronoun I.
    [/(^|[^\p{L}\p{N}'’])i(?=$|['’](?:m|ve|ll|d)(?![\p{L}])|[^\p{L}\p{N}'’])/gu, '$1I'],
  ],
  abbreviations: new Set('dr mr mrs ms st etc vs eg ie am pm approx'.split(' ')),
};

/** The phone-text rules for `lang`: a language's registered ones, English's for English, else capitals left as typed. */
export function phoneTextFor(lang: string): PhoneTextRules {
  return registeredPhoneText(lang, /^en(?:-|$)/i.test(lang) ? englishPhoneText : undefined);
}
