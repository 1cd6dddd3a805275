/**
 * Spanish as typed on a phone (see src/core/phone-text.ts): which Capitalised words are ordinary,
 * so that the capital a phone put on them is lowered. Spanish writes days, months, languages and
 * nationalities in lower case, so every ordinary word can be lowered: the common words below, the
 * words after an article, a possessive or a pronoun («tu Hermano», «me Escribe»), and the shapes of
 * verbs, plurals and abstract nouns («Gritas», «Revisás», «Llegaste», «Hablar», «Tranquilidad»).
 * Names with those shapes are listed, so they keep their capital («Tomás», «Andrés», «Soledad»).
 * Loaded only with the Spanish locale. Words are written folded: no accents, lower case.
 */
import type { PhoneTextRules } from '../../core/phone-text.js';

const words = new Set(
  `el la los las lo le les un una unos unas al del mis tus sus de a en con por para sin sobre entre hasta desde hacia tras segun ante
  contra durante y e o u ni pero sino aunque porque pues que cuando donde adonde como quien cual cuanto cuanta si no ya
  tambien tampoco siempre nunca jamas casi solo apenas todavia aun mas menos muy mucho mucha poco poca tanto tanta tan algo
  nada alguien nadie todo toda cada otro otra mismo misma mi tu su nuestro nuestra vuestro vuestra este esta ese esa eso
  esto aquel aquella aquello yo vos usted el ella ellos ellas nosotros nosotras vosotros vosotras me te se nos os conmigo
  contigo hoy ayer anoche manana luego despues antes ahora ahorita entonces asi bien mal mejor peor tarde temprano pronto
  aqui alli ahi aca alla cerca lejos dentro fuera encima debajo delante detras enfrente juntos juntas ademas incluso tal
  quiza quizas claro bueno vale gracias favor porfa
  es son era fue sea ser ir ver dar estoy esta estan estaba hay habia he ha han hemos tengo tiene tienen tenia tenga hago hace hacen
  haga digo dice dicen diga voy va van vamos iba vaya vengo viene vienen venga puedo puede pueden pueda quiero quiere
  quieren quiera se sabe sepa creo cree pienso piensa siento siente necesito necesita llego llega llegue llamo llama llame
  paso pasa pase dejo deja deje queda quede toca sale salga da dan doy veo ve ven vea miro mira escribo escribe escriba
  hablo habla hable trabajo trabaja importa gusta molesta duele parece cuesta sigue empieza vuelve vuelvo odio temo extrano
  espero busco pido entiendo noto oigo lloro cocino limpio lavo uso suelo soy estoy
  tiempo rato dia noche semana finde fin mes ano hora momento vez casa cama cocina mesa sofa coche carro auto movil celular
  telefono mensaje llamada tele trabajo chamba escuela colegio familia madre padre mama papa hijo hija nino nina chico
  chica hermano hermana suegra suegro amigo amiga pareja novio novia esposo esposa marido mujer gente persona dinero cuenta
  comida cena almuerzo desayuno plato ropa cosa plan cita fiesta viaje cumpleanos aniversario domingo lunes martes
  miercoles jueves viernes sabado enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
  ayuda apoyo espacio calma paz abrazo beso respeto carino respuesta aviso verdad perdon voz cara mano puerta piso cuarto
  calle oficina jefe jefa ex whatsapp lugar parte vida cabeza corazon rato ratito
  nuevo nueva viejo vieja grande pequeno pequena largo larga corto corta claro clara tranquilo tranquila fuerte feo fea
  rapido rapida lento lenta triste feliz uno dos tres cuatro cinco seis siete ocho nueve diez once doce veinte cien media
  medio primer primero primera segundo segunda ultimo ultima libre ocupado ocupada futbol partido juego musica pelicula serie
  gym gimnasio cine parque playa tienda super mercado iglesia medico cita perro gato llave cartera coche bus tren regalo`.split(/\s+/),
);

/** Stems of verbs people write about each other, read with their regular endings («cene», «cenamos», «llamaba», «ayudó»). */
const verbs = new RegExp(
  `^(?:${'habl llam lleg pas cen com cocin limpi lav escuch mir dej ayud trabaj estudi jug pag gast compr ahorr cuid bes abraz toc bail viaj sal escond olvid recuerd record cancel cambi contest respond escrib mand avis esper necesit quier pregunt grit discut pele enoj preocup molest entend sient pens cuent vuelv volv empiez termin decid elig ignor interrump critic compar mient sonri llor ri despiert acuest duerm levant visit invit acompan prest'.split(' ').join('|')})(?:o|a|as|amos|an|e|es|emos|en|aba|abas|aban|aste|aron|ando|ado|ada|ados|adas|ar|er|ir|ia|ias|ian|io|iste|ieron|iendo|ido|ida|is|imos)$`,
);

/** Shapes no first name has: verb endings («gritas», «revisas», «llegaste», «hablar», «mirando», «cansada»), plurals, abstract nouns. */
const shapes =
  /^.{2,}(?:[aeiou]s|(?:ar|er|ir)(?:se|me|te|lo|la|le|nos|los|las|les)?|(?:ando|iendo|yendo)(?:se|me|te|lo|la|le|nos|los|las|les)?|[^aeiou](?:ad|id)[oa]|aste|iste|aba|mente|cion|sion|dad|tad|tud|eza|ura|ismo|miento|encia|ancia|anza|umbre|aje|[aei](?:me|nos)|[aei](?:me|te|se)l[oa]s?)$/;

export const spanishPhoneText: PhoneTextRules = {
  ordinary: (word) => words.has(word) || shapes.test(word) || verbs.test(word),
  names: new Set(
    `tomas nicolas lucas matias elias tobias jonas andres ines moises mercedes dolores milagros remedios angeles reyes luis
    jesus carlos marcos thomas james charles douglas dennis francis iris doris lourdes gladys agnes ulises
    oscar edgar omar cesar baltasar gaspar pilar ester javier xavier oliver jennifer walter alexander vladimir yair jair samir amir
    fernando armando orlando rolando hernando conrado amado frida brigida candida estrada granada jaime
    soledad trinidad caridad piedad natividad concepcion asuncion encarnacion purificacion ascension esperanza constanza
    florencia clemencia prudencia valencia laura aura ventura navidad nochebuena nochevieja`.split(/\s+/),
  ),
  before: new Set(
    'el la los las lo le les un una unos unas al del mi mis tu tus su sus nuestro nuestra nuestros nuestras este esta estos estas ese esa esos esas cada otro otra yo vos me te se nos os no ya'.split(' '),
  ),
  abbreviations: new Set('sr sra srta dr dra lic ing etc aprox tel pag'.split(' ')),
};
