import type { SafetyLanguage } from '../matcher.js';

/**
 * English, as people type it on a phone (no apostrophes: "dont", "hes", "hell" for "he'll").
 * Words are folded before they are compared: case, accents, apostrophes, doubled consonants
 * ("slapped" = "slaped") and "ck" ("chocked" = "choked"). See matcher.ts for the pattern notation.
 */
export const english: SafetyLanguage = {
  spelling: 'ck>k bb>b cc>c dd>d ff>f gg>g hh>h jj>j kk>k ll>l mm>m nn>n pp>p qq>q rr>r ss>s tt>t vv>v ww>w xx>x zz>z',
  typos:
    'choaked:choked choaking:choking strangeled:strangled stangled:strangled ' +
    'strangeling:strangling thretened:threatened threatning:threatening threatned:threatened ' +
    'sucide:suicide sucidal:suicidal suiside:suicide suisidal:suicidal suicidel:suicidal sucicidal:suicidal suicdal:suicidal ' +
    'sexully:sexually abusve:abusive kms:kill+myself kys:kill+yourself unalive:kill ' +
    'unalived:killed unaliving:killing myslef:myself mysefl:myself myelf:myself breath:breathe breathing:breathe ' +
    'gonna:going+to wanna:want+to gotta:got+to hafta:have+to bc:because cuz:because cos:because coz:because becuase:because ' +
    'u:you ur:your thru:through nite:night bf:boyfriend gf:girlfriend hubby:husband noone:no+one everytime:every+time ' +
    'alot:a+lot hited:hit hitted:hit punshed:punched pused:pushed burdon:burden',
  endings: { '': 's es ed d ing in', e: 'ing in ed', y: 'ies ied' },
  words: {
    harm: '@hit @choke @kill @abuse @threaten',
    grip: '@push @throw @grab @drag @pin',
    victim: 'me her him them us you my @partner @kin',
    neg: 'not never nt didnt dont doesnt wont wouldnt cant cannot couldnt hasnt havent hadnt isnt wasnt arent werent aint shouldnt',
    negskip: 'ever really actually even just physically once always quite yet',
    stop: 'he she they you we hes shes theyre youre hed shed hell shell but because though although if unless whereas',
    obj: 'her him them',
    person: 'me her him them us my he she hes shes they myself you',
    partner: 'husband wife boyfriend girlfriend partner ex fiance fiancee spouse man boyf',
    kin: 'son daughter kid kids child children baby babies mom mum mother dad father sister brother stepdad stepmom stepmum stepfather stepmother family',
    subj: 'he she they hes shes hed shed hell shell theyll theyd',
    body: 'face head arm arms hair neck throat stomach belly back leg legs chest wrist wrists nose mouth eye eyes lip lips ribs jaw shoulder shoulders body',
    hold: 'arm arms wrist wrists hair neck throat face shoulder shoulders jaw chin',
    neck: 'neck throat windpipe',
    hands: 'hand hands fingers thumb thumbs forearm knee knees',
    will: 'will would ll going hell shell hed shed theyll theyd could might',
    fear: 'scared afraid terrified frightened petrified fearful fear feared scare',
    weapon: 'gun guns knife knives weapon weapons rifle shotgun pistol blade machete',
    device: 'phone phones cell mobile messages texts emails email inbox dms whatsapp chats socials facebook instagram insta snapchat laptop computer accounts account',
    owned: 'phone passport id documents papers keys wages money salary paycheck card cards bank benefits savings',
    money: 'money spending finances wages salary paycheck bank account accounts card cards cash',
    secret: 'passwords password passcode pin passcodes pins',
    act: 'see leave go out work talk have use call visit speak meet eat text message contact get study',
    pills: 'pills tablets meds medication painkillers paracetamol tylenol',
    figurative:
      'it that this reality news grief thought song movie film book show exam test commute traffic work job heat cold weather shoes feet back diet ' +
      'deadline week day flu hangover guilt sadness memory idea mum mom dad boss teacher coach manager sister brother suspense wait kids',
    animal: 'dog dogs cat cats puppy kitten baby toddler',
  },
  verbs: {
    hit: 'hit, punch, slap, smack, kick, beat beaten, deck, sock, tackle, knee, kneed, headlock, shove, bite bit bitten, headbutt, elbow, backhand, stab, batter, assault, attack, strike struck, whack, bash, thump, wallop, slam, knock, pummel, smash, scratch, claw, burn burnt, bodyslam',
    push: 'push, shove',
    throw: 'throw threw thrown, hurl, chuck, fling flung',
    grab: 'grab, grip, seize',
    drag: 'drag, yank, pull, twist, shake shook shaken',
    pin: 'pin, hold held, restrain',
    choke: 'choke, strangle, suffocate, smother, throttle',
    squeeze: 'squeeze, press, clutch, grip, grab, hold held, push, choke, dig dug',
    kill: 'kill, murder',
    hurt: 'hurt, harm, injure, wound, break broke broken, burn burnt, ruin, destroy, punish, disfigure',
    threaten: 'threaten',
    force: 'force, coerce, pressure, pressurise, pressurize, push',
    make: 'make made',
    let: 'let',
    say: 'say said, tell told, text, message, warn, swear swore sworn, threaten, scream, yell, shout',
    peek: 'check, read, look, scroll, search',
    snoop: 'check, read, search, monitor, snoop, scroll, look, go went gone, spy',
    take: 'take took taken, steal stole stolen, confiscate, hide hid hidden, break broke broken, smash, destroy, lock',
    change: 'change, delete, reset, block',
    lock: 'lock',
    control: 'control',
    track: 'track, trace, locate, monitor',
    follow: 'follow, stalk',
    show: 'show shown, turn',
    wait: 'wait, sit sat, park, stand stood, lurk, hang hung, loiter',
    call: 'call, text, message, ring rang, phone',
    touch: 'touch, grope, fondle, kiss, feel felt',
    film: 'film, record, photograph, video',
    share: 'share, post, send sent, leak, upload, show shown, spread',
    selfharm: 'cut, hurt, harm, burn burnt, hit, punch, scratch, starve, bite bit, slap, bang, stab, bruise, pinch',
    bang: 'bang, hit, slam, bash, smash, punch',
    want: 'want, wish, hope, plan',
    know: 'know knew known',
    hack: 'hack, access',
    abuse: 'abuse, molest, rape',
    scare: 'scare, frighten, terrify, intimidate',
    leave: 'leave left, tell told, call, report, go went gone, walk, split, divorce',
    end: 'end, take took',
    knock: 'knock',
    beat: 'beat beaten',
    spit: 'spit spat',
    keep: 'keep kept',
  },
  // Idioms that contain a harm word but mean no harm.
  except: `
hit me up
hit it off
hit the roof|ceiling|sack|gym|road|snooze|button|jackpot|books
@figurative ~2 @hit|@kill|@hurt|@choke|@drag|@knock|@throw|@push|@scare me|us|you
@figurative ~2 @will|is|are|was|been ~2 @kill|@hurt me|us
@animal|kids|children ~4 @hit|@grab|@drag|@knock|@push|@throw|@pin|@follow|@scare me|my|each
is|are|was|were|been|im|its|hes|shes|youre|theyre|keeps @kill/ing me|us
@kill for|it|off
@kill some? time
got hit with
@kill/ing it
could|would|can @kill|murder !me|you|him|her|them|myself|himself|herself|us|my|the
die|died|dying|dead of|from|laughing|for|to
death of me
to die for
rather die than
dead tired|beat|serious|wrong|right|set|on|end|battery
phone|battery|plant|plants|laptop|car|show|tv|conversation|fish ~1 died|dead|dying|die
choked|choke|choking up
choked|choke me|her|him up
@choke|@choke/ing on
@beat me|him|her|them|us|you at|in|to
@hit my|his|her|your|our butt|ass|butts
knock|knocked me off my feet
knocked me up
blew|blow me away
cut me off !from
cut|cutting back|down|corners|costs|ties|class
@push me|him|her|them|myself|herself|himself to|into !the|a|an|my|his|her|ground|floor|wall|bed|sex|sleep|have
@grab ~3 to stop|steady|catch|help|save|keep|show
@throw me|us|her|him|them a|an ~2 party|surprise|birthday|curveball|bone|lifeline|smile|look|glance|kiss|wink
@hurt ~2 feelings
@hurt me|us ~1 with|by what|words|saying
breathe|breathing|breath ~4 panic|anxiety|asthma|laughing|crying|cold
@push me|him|her on the swing|swings
@push back|my buttons
@grab me|him|her|us|them a|an|some|something|one|coffee|lunch|dinner|drink|drinks|food
@follow me|you|him|her on|back
@selfharm myself shaving|cooking|accidentally|lifting|playing|running|while|doing|at
@bang|@selfharm my head|face|knee|elbow|toe|hand on|getting|accidentally
@selfharm myself on !purpose
i|we|ill|im|id|ive ~2 take|took|taken|@change|@control ~2 my|our|his|her|your|their
i|we|ill|im|id|ive ~2 @peek|@track ~2 my|our|your
i|we|ill|im|id|ive ~2 go|went|gone|going through ~1 my|our|your
i|we stalk* ~1 his|her|their ~1 instagram|insta|facebook|profile|page|socials
abuse|abused|abuses|abusing alcohol|drugs|substances|power|trust|privileges|system|their|his
substance|drug|drugs|alcohol abuse
disappear for|from|into a|the
break|broke|broken my heart
emotionally safe
@fear ~1 of|to ~1 losing|lose ~1 you|him|her|them|it
@fear of ~1 spiders|spider|heights|flying|dogs|dark|snakes|needles|dentist|dentists|clowns|mice|bugs|insects|water|planes|thunder|crowds|failure|commitment|change
violent movie|movies|film|films|game|games|show|shows|storm|storms|video|videos
`,
  // Said to the partner: "you check my phone", "you pushed me" with nothing after it (caution, not the note).
  soften: `
you|u|youve|youre ~2 @peek|go|goes|went|gone|going
you|u|youve ~3 @push|@follow me !against|to|down|into|onto|off|out|over|through|around|in|on|from|hard|so|and|@body
could|can @kill|@choke|murder him|her|them
killed himself|herself|themselves
`,
  danger: {
    'own-violence': `
i|ive|id ~3 @hit|@push|@choke|@kill @obj
i|ive|id ~3 @hit|@push|@choke|@kill my|our|the @partner|@kin
i|ive|id ~3 @grab|@drag|@pin @obj|my ~2 by|hard|and|against|@neck|@hold
i|ive|id ~3 @throw ~4 at @obj|my
i|ive|im ~3 @threaten ~2 @kill|@hurt|@hit|@choke @obj|my
i|ive|im ~3 violent|aggressive|physical ~2 with|towards|toward|to|when|$
i ~4 lash|lashed|lashing out at @obj|my
i ~3 @hurt my|our @partner|@kin
i ~2 @scare|@threaten @obj|my
i ~3 left|leave ~1 bruises|marks|bruise ~2 @obj|my|on
@fear ~4 @hurt|@hit|@kill|@choke ~1 her|him|them|my|the|someone|somebody
i|ive ~3 @hurt @obj|my ~2 physically
`,
    strangulation: `
@choke me|her|him|them|us|my|the
chokehold|chokeholds|headlock
@choke hold
@hands ~4 @neck
@neck ~4 @hands
@neck ~3 bruises|bruise|bruised|marks|bruising
@squeeze ~3 @neck
by the|my|her|his @neck
marks|bruises|bruise|bruising|red ~3 @neck
pillow|pillows|hand|hands ~2 over|on my|her|his face|mouth|nose
@wait|knelt|kneel|kneeling on my|her chest|neck|throat
`,
    suicide: `
@kill myself
suicide|suicides|suicidal|suicidality
@end|@take my own? life
@end|@take it all
@want|going|ready|decided|thinking|think|might|will|gonna ~2 end it|everything !with|between
plan ~2 end it|everything
@want|going|ready|like|should ~3 die|dead|disappear*|exist|existing
better off ~1 dead
better off without me
happier|easier|better ~3 if i wasnt|werent|died|disappeared
happier|easier|better ~3 if i was|were ~1 dead|gone|not|never
nobody|no ~2 miss|care|notice ~2 me|if
@neg ~1 @want to? be here|alive|around|exist !at|in|with|for|when|tonight|today
@neg ~1 @want to? live !with|here|there|in|together|like|near|alone|without
@neg ~1 @want to? wake up
@neg ~1 @want to? go on
@neg ~1 @want to? exist
@neg exist|existed
no ~1 reason|point ~2 live|living|life|on|anymore|more
whats|what ~2 point ~2 anymore|more|living|life|anything|me|$
@neg ~1 see the|any point ~2 anymore|more|living|life|anything|on|$
life|living ~2 @neg worth
wish ~2 never born
wish i was|were|had ~1 dead|gone|never
too many sleeping? @pills
bottle|handful|box|pack|packet|strip of sleeping? @pills
overdos*
saved|saving|stockpil*|hoard*|collecting|collected|storing ~2 @pills
goodbye|suicide|farewell ~1 letter|note|letters|notes
jump* ~4 bridge|building|roof|cliff|train|balcony|window|tracks|highway|motorway|tower
i ~4 driv*|crash* ~3 into|off ~2 tree|wall|cliff|bridge|road|traffic|oncoming|truck|lorry
how to die|overdose
how to kill|hang|end ~1 myself|my|it
done with life|living|everything
done with it all
im|am|feel|being|be ~2 burden
burden ~2 everyone|family|everybody|them|people
cant|cannot go|carry on
cant|cannot keep going
@want it|everything|things ~1 to ~1 end|stop ~1 forever|permanently|good
@want it all to end|stop
disappear* ~1 forever|permanently|good
and never|not wake up
sleep forever
way out ~3 dying|death|die|suicide
`,
    'self-harm': `
@selfharm myself
self harm*
selfharm*
cut|cutting again
been|started|start|keep|keeps|kept ~1 cutting !back|down|out|costs|corners|ties|class|it|the|my|our|his|her|a|in|off|through|across|up|into|for
cuts|scars ~3 my ~1 arm|arms|legs|leg|wrists|wrist|thighs|thigh|stomach|body
till|until|til ~3 bleed|bled|bleeds|bleeding|blood
until|till ~2 my ~1 hand|hands|knuckles|fist|arm ~1 broke|bled|bleed|bleeds|hurt|hurts
i ~3 @bang my head|face|fists
i ~3 @bang ~1 wall|walls|the wall
`,
    violence: `
@hit me
@hit my @body|@partner|@kin
@hit the kids|children|baby|boys|girls
@subj|@partner|@kin ~2 @hit @obj
@push me !to
@throw me !to|a|an|some|the
@push|@throw me to the|a ~1 ground|floor|wall|bed
@throw ~4 at me|her|him|us
@throw ~4 at my @body
@grab me !a|an|some|something|one
@grab|@drag|@pin|@squeeze my @hold
@drag me
@pin me down|against|to|on|up
black eye|eyes
@hit ~3 out of me
@hit|@throw ~6 next to|beside|near|past my|me
clock|clocked|clocks me ~2 in|on the|my @body
rough|roughed|roughs|roughing me|her|him up
laid|lay|lays|put|puts|puting|laying ~1 his|her|their? hands on me|her|him
split|busted|bloody|bloodied|fat lip|lips|nose
broke|broken|fractured|cracked|dislocated my|her ~1 @body|ribs|rib|finger|fingers|collarbone|tooth|teeth
head butt*|but* me
left|leave|leaves ~2 bruises|marks|bruise
bruised me|my
physically ~2 @hurt|@abuse|@hit|violent
@hurt ~2 me|her|him|them ~1 physically
@spit on|at|in me|my
cut|cuts|cutting|slash|slashed|slashing me|her|him|my ~1 with|open|face|arm|arms
ran|run|running me over
@hit|@hurt|@choke|@kill ~1 the|my ~1 dog|cat|pets
@hurt my|the kids|children|baby|son|daughter
`,
    threat: `
@kill me|you|us|her|him|them|my|the
@will|said|says|threaten* ~3 @kill himself|herself|themselves
@will|said|says ~3 @hurt himself|herself|themselves|themself ~2 if|unless ~1 i|you|we
threaten* ~2 @hurt himself|herself|themselves|themself
@threaten me|us|her|him|them|my|the
@threaten to !leave|go|break|quit|divorce|move|split|end|stop|cancel|call|tell|dump
@will|going ~2 @hurt|@hit|@choke me|you|us|my|the|her|him|them
@will|going ~2 take|keep the|my kids|children|baby|son|daughter|boys|girls
never see ~2 the|my kids|children|baby|son|daughter
make|made ~1 me|you pay|regret|suffer|disappear
be|you sorry|regret ~3 if i|you
@say ~6 if i|you ~2 @leave
@say ~3 im|youre|your dead
find my|your body
with me|us in it
nobody|no ~3 find|found me|you
put|send|sent me|you in|to the? hospital|grave|ground|icu|er
@weapon ~3 at|to|on|against me|my|us|her|him|them
point|pointed|pointing|aimed|aiming ~3 @weapon
@show ~2 me|us ~2 @weapon
pulled|pull|pulls|waved|wave|waves ~2 @weapon
@weapon ~8 for|on me
@threaten ~3 with ~2 @weapon|hammer|bat
@know where my|your ~2 live|lives|works
@say ~5 wont|not|never live|survive|get|wake
`,
    coercion: `
@snoop through? ~1 my|all ~1 my? @device|@secret
@neg @let me see|visit|meet|call|text|contact|talk|speak ~2 my|anyone|anybody|friends|family|people|them
@neg @let me leave|go|work|out|study|eat|have|use|get
@neg @let me drive !his|her|their
not|never allowed to|out|outside ~1 @act|drive|wear|spend
have|has|need to ~2 ask ~2 permission
have to ~1 ask ~2 for money|cash
@make|@force me ~2 share|give|send|hand|show|tell|ask|quit|stop|account|prove|keep|beg
@take ~1 my|all ~1 my? ~1 @owned !charger|case|cable|screen|back|bill
@change ~1 my|all ~1 my? @secret|locks
@change ~2 my contacts|friends|numbers
@control ~3 @money
@control ~1 everything|what i ~1 spend|buy|do|wear|eat
give|gives|gave me ~1 an? allowance
give|gives|gave me no money|cash
account for every ~1 penny|cent|dollar|pound|euro|thing
@lock me|us in|out|inside|up
isolate* me|us
cut me off from
@neg ~1 see|visit|talk|speak ~3 friends|family ~3 because of him|her|them
@say him|her where i am|im|go|was|have
prove where i
decide*|choose*|chose ~1 who|what|where|when|how i ~1 can|see|wear|eat|go|talk|spend|dress|am|get|do
so i ~1 cant|couldnt|cannot|wouldnt ~2 leave|call|go|get|escape|contact|reach|talk
@threaten to report me
`,
    stalking: `
@follow me !on|back
stalk*
@keep showing|turning up
@show/s up at|outside|wherever|everywhere|uninvited
@show up wherever|everywhere|uninvited
@partner ~3 @show/s|@show/ing up
location ~4 @show up
@wait ~3 outside|around ~1 my|our
him|her outside my
@call ~3 times a|an|per day|hour|night
after|though|when i ~1 blocked|block
@neg leave me alone
@hack ~2 my|me
tracker|trackers|gps|airtag|airtags|spyware|stalkerware|app|apps|camera|cameras|something ~3 on|in my|me
tracker|trackers|airtag|airtags|spyware|stalkerware
@track me|my
spy|spying|spied ~1 on me|my
to watch|spy|monitor me
watch* me ~2 all|constantly|sleep|always|everywhere|every
fake ~1 account|accounts|profile|profiles|number|numbers
@know where i am|im|go|live|work|was
`,
    sexual: `
@force|@make me ~4 sex|sexual|bed|sleep|sleeping|oral
force|forces|forced|forcing|coerce|coerced|coerces|coercing me $|to|into|and
@force himself|herself on|onto|upon
rape|raped|rapes|raping|rapist|rapists
sexually|sexual ~1 @abuse|assault*|abuse*|harass*|attack*|coerc*|force*|violen*
molest|molests|molested|molesting|molester
grope|groped|gropes|groping
@say ~2 no ~1 and|but ~1 he|she|they ~3 anyway|still|kept|keeps|does|did|continues|continued|forced
doing|does|did|do stuff|things to me
@force ~2 me ~3 stuff|things|until|till
gave|give|giving in ~3 @force|sex
duty|obligation|obligated ~6 sex|sleep
drunk|drugged|wasted|drugs ~5 sex|slept|sleep|touched|@abuse
@share ~1 my|our ~1 pictures|pics|photos|videos|nudes|images ~3 friends|everyone|online|people|boss|family|internet
@neg stop|listen ~2 when|if i ~1 say|said|tell|told ~1 no|stop
@touch me ~4 when|while|after|even|though i ~3 no|asleep|sleeping|dont|didnt|drunk|passed
sex ~5 asleep|sleeping|unconscious|passed|blacked|drugged
without my|her|their consent
owe|owes|owed ~2 sex
@neg want|wanted ~2 but he|she|they ~2 care|cared|anyway|kept|forced|made|did|still
if i @neg|refuse ~2 sex
if i @neg|refuse sleep|sleeping with
@neg take no ~4 bed|sex
@share|@threaten ~4 intimate|nude|nudes|naked|explicit|sex
`,
    fear: `
@fear of him|them
@fear of her $|when|if|because|and|so|sometimes|now|too|lately|always|at|anymore|since|like|but
@fear of my|our @partner
@fear ~2 to|of ~1 go|going|be|being|come|coming|get|getting|return ~1 home|back
@fear ~2 to|of ~1 leave|leaving ~1 him|her|them|$
@fear ~2 what he|she|hell|shell|hed|shed|they|theyll ~3 do|does|did|might|will|would|could
@fear ~3 he|she|hell|shell|hed|shed|they|theyll ~3 @kill|@hurt|@hit|@choke|find|take|do
@fear for ~1 my|our ~1 life|lives|safety|kids|children|childrens
@fear|unsafe ~2 in my own? home|house
@fear ~2 to ~1 tell|telling ~3 leaving|leave|divorce|breaking
jump|jumps|flinch|flinches|freeze|panic|hide|shake|shaking|tremble ~6 hear ~3 his|her|their ~1 key|keys|car|voice|footsteps|truck
flinch|flinches|flinching ~3 when he|she|him|her
@neg ~2 safe !sharing|talking|to|telling|expressing|opening|saying|asking|bringing|being|discussing|speaking|driving|cycling|riding|flying|swimming|doing|making|investing
unsafe ~2 at|home|with|around|in|$
locked|lock|locks ~3 because of him|her|them
hide|hiding|hid ~1 from him|her|them|when
@subj|@partner ~2 @scare me|us
`,
    abuse: `
abusive|abuser|abusers
abuse|abused|abuses|abusing|abuser|abusers|abusive
domestic|family|partner|gender ~1 violence|abuse
@subj|@partner|@kin ~3 violent
violent ~1 with|towards|toward|to me|us|her|him|them|the|my
victim ~2 of ~1 domestic|abuse|violence|rape|assault
molested
`,
  },
  caution: {
    // The broad pass, over the same classes: a harm verb on someone, a death or pill word, fear of someone, someone
    // else's hand on the person's own things. Never a feeling on its own ("scared", "hurt", "jealous").
    'own-violence': `
i|ive|id|ill|im ~3 @harm|@grip ~3 @obj|you|my|someone
`,
    violence: `
@harm ~1 @victim
@grip me|her|him|them|us
@subj|@partner|@kin ~2 @hurt me|her|him|us
bruise*|bleeding|violent|violence|abuse|abused|abusive|abuser|police|cops|restraining|gun|guns|weapon|weapons
`,
    strangulation: `
chok*|strangl*|suffocat*|smother*|throttl*
@neg ~1 breathe|breath|breathing
@hands|@squeeze|@grab|@pin|by|pillow ~4 @neck|face|mouth
`,
    suicide: `
die|died|dies|dying|dead|death|suicid*|overdos*|@pills|pill
@want|wish ~3 disappear*|die|dead|gone|end|exist
`,
    'self-harm': `
@selfharm ~2 myself
`,
    fear: `
@fear ~1 of|around|near ~1 him|her|them|you|he|she|my|our
@fear ~3 home|back|safety|life
unsafe|eggshells|flinch*|trembl*
`,
    threat: `
@say ~6 @will|going|if|wont|never ~3 @harm|@hurt|find|@take|ruin|regret|pay|live|wake|sorry
`,
    coercion: `
@snoop|@take|@control|@lock|@track|@change|@let ~1 through? ~1 my|all ~1 my? @device|@owned|@money|@secret|location !charger|case|cable|screen|bill
i|ive|id|im ~2 @snoop|@track through? ~1 her|his|their ~1 @device|location !charger|case|cable|screen|bill
@neg ~1 @let me ~2 @act|drive|wear|out
@make|@force me ~3 @act|account|ask|prove|share|give|send|hand|show|quit
`,
    stalking: `
@follow|@track|spy*|hack* ~1 on? me|my
`,
    sexual: `
@force|@make|pressur*|coerc* ~2 me|her ~4 sex|sexual|bed|sleep|oral|into|until|have|things|stuff|want
@touch me ~4 when|while|after|even|though|without|asleep
consent|nudes
`,
  },
};
