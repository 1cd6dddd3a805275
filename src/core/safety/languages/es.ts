import type { SafetyLanguage } from '../matcher.js';

/**
 * Spanish, of Spain and Latin America (voseo included), as people type it on a phone. Words are
 * folded before they are compared, so the common misspellings meet: accents and ñ, "h" («aorcó»),
 * b/v, ll/y, c/s/z, qu/k («ke»), gu/g («pegue» = «pegué»), rr/r. See matcher.ts for the notation.
 * Pronouns carry the person: «me pegó» (to me), «le pegué» (the person's own violence).
 */
export const spanish: SafetyLanguage = {
  spelling: 'ch>ch h> qu(?=[ei])>k gu(?=[ei])>g c(?=[ei])>s c>k z>s v>b ll>y rr>r',
  typos:
    'q:que k:que xq:porque pq:porque porq:porque x:por tb:también tmb:también d:de dl:del pa:para toy:estoy ' +
    'aveces:a+veces nose:no+sé celu:celular cel:celular tel:teléfono wsp:whatsapp wasap:whatsapp mepega:me+pega ' +
    'mepego:me+pegó meamenaza:me+amenaza mequiero:me+quiero golpio:golpeó golpiaba:golpeaba golpiar:golpear ' +
    'sucidio:suicidio sucidarme:suicidarme orcó:ahorcó ' +
    'istalo:instaló danio:daño',
  endings: {
    ar:
      'a as an o e es en amos emos ais aba abas aban abamos aste asteis aron ara aras aran are aremos aria arias arian ase ' +
      'ar ando ado ada ados adas arme arte arle arla arlo arnos arles arlas arlos arse andome andote andole andola andolo andose',
    er:
      'o es e en emos eis a as an amos ia ias ian iamos i iste io imos ieron iera ieras ieran ere eras era eran eria erian ' +
      'er iendo ido ida idos idas erme erte erle erla erlo ernos erles erse iendome iendole iendola iendolo',
    ir:
      'o es e en imos is a as an amos ia ias ian iamos i iste io ieron iera ieras ieran ire iras ira iran iria irian ' +
      'ir iendo ido ida idos idas irme irte irle irla irlo irnos irles irse iendome iendole iendola iendolo',
  },
  changed: { ar: 'a an es en', er: 'o e en a an as', ir: 'o es e en a as an' },
  forms: { '': 's es', o: 'a os as' },
  stem: 3,
  words: {
    neg: 'no nunca jamás ni tampoco',
    negskip: 'ya nunca jamás',
    stop: 'pero porque aunque sino mientras tú vos usted ellos ellas nosotros',
    aux:
      'a ha han has he hemos había habían habías hubiera habría está estaba están estás estoy estuvo estaban estaría vuelve volvió ' +
      'volvía volvieron vuelvo volví volviste vuelves sigue seguía siguió sigo siguen seguiste quiere quiso quería quieres quisiste ' +
      'quieren va iba vas ibas voy van iban fue puede pudo podría puedes intentó intenta intentaba intentaron intentaste trata trató ' +
      'trataba de empezó empieza empezaba acaba acabó suele solía tiene tenía tuvo tienes tenías debe debería vuelto intentado querido estado seguido',
    aux1: 'a he voy volví vuelvo sigo estoy quiero intenté intento puedo debo pienso vuelto estado',
    yoquiero: 'quiero quisiera quería voy iba intenté intento pienso pensé pensando ganas plan podría debería necesito deseo',
    obj: 'le la lo les las los',
    person: 'me te le la lo les nos mi mis él ella conmigo',
    partner:
      'marido esposo esposa mujer novio novia pareja ex exmarido exesposo exesposa exnovio exnovia expareja pololo polola compañero compañera viejo hombre',
    kin: 'hijo hija hijos hijas nene nena nenes niño niña niños niñas chicos bebé bebés mamá madre papá padre hermano hermana hermanos familia padrastro madrastra abuela abuelo',
    det: 'el la los las un una unos unas mi mis su sus tu tus este esta ese esa al del',
    blow:
      'cachetada+ bofetada+ bofetón+ cachetazo+ patada+ paliza+ golpiza+ puñetazo+ trompada+ piña+ combo+ madrazo+ chingadazo putazo ' +
      'hostia+ ostia+ torta+ guantazo+ tortazo sopapo+ manotazo+ cabezazo rodillazo codazo empujón+ golpe+ puñete+ coscorrón zape ' +
      'chancletazo cinturonazo correazo puntapié puñalada+ tiro+ balazo tunda madriza manazo putiza chinga vergazo cachetón bife trancazo ' +
      'golpazo zurra somanta leñazo mamporro porrazo castañazo soplamocos palo+',
    blows: 'golpes patadas puñetazos palos trompadas cachetadas piñas cintarazos correazos bofetadas hostias tortas madrazos',
    throwable: 'vaso+ plato+ silla+ celular móvil teléfono zapato+ cuchillo botella+ taza+ cosas objetos llaves piedra+ libro mesa lámpara cenicero sartén olla jarra control plancha',
    body: 'cabeza estómago panza barriga espalda pierna+ pecho nariz boca ojo+ labio+ costillas cuerpo diente+ madre @hold',
    hold: 'pelo+ cabello brazo+ muñeca+ cara oreja+ hombro+ mandíbula @neck',
    neck: 'cuello garganta pescuezo',
    hands: 'mano manos dedos antebrazo rodilla',
    device:
      'celular móvil teléfono mensajes whatsapp chats correo correos mail mails redes facebook instagram insta face compu computadora ' +
      'ordenador portátil laptop contactos cuentas llamadas fotos galería',
    owned: 'celular móvil teléfono pasaporte documentos dni cédula papeles llaves ahorros chip @money',
    money: 'dinero plata pasta lana guita sueldo salario gasto gastos cuentas tarjeta tarjetas compras finanzas',
    weapon: 'cuchillo cuchilla navaja pistola arma armas revólver escopeta fierro machete',
    miedo: 'miedo pánico terror pavor',
    act: 'ver visitar llamar hablar juntarme salir trabajar estudiar irme ir manejar conducir usar tener vestirme comer',
    fig:
      'tráfico calor frío trabajo examen zapatos pies espalda cabeza dieta gimnasio tiempo espera noticia risa chiste serie película ' +
      'hambre sueño facultad universidad oficina ruido',
    figpeople: 'jefe jefa mamá madre papá padre suegra suegro profe profesor profesora abuela vieja',
    abstract:
      'nostalgia tristeza pena bajón sueño hambre calor frío sol gripe depre ansiedad realidad noticia duelo soledad resaca cansancio',
    pegaridiom:
      'susto sustazo sustito ducha duchita baño siesta siestita vuelta vueltita grito gritos gripe resfriado resfrío catarro mocos ' +
      'piojos sol calor atracón madrugón paseo vistazo ojeada leída pasada repaso baile chapuzón trago tragos borrachera fiesta ' +
      'juerga rumba canción canciones tema música acento manía manías costumbre virus covid bicho sueño cansancio pelotazo',
    game: 'parchís fútbol tenis pádel ajedrez cartas juego partido play fifa mus truco dominó scrabble carrera videojuego uno',
    cutok: 'pelo cabello uñas flequillo dedo dedos barba puntas mano pie patillas bigote pelito melena flequi',
    animal: 'perro perra perrito gato gata gatito cachorro bebé nene nena niño niña',
    forced: 'compartir mandar mandarle enviar enviarle darle dar pedir pedirle mostrar mostrarle entregar entregarle decirle',
    num: 'veinte treinta cuarenta cincuenta cien mil cientos miles 1* 2* 3* 4* 5* 6* 7* 8* 9*',
    dar: 'da das dan doy dio dieron di diste daba dabas daban dará daría dar darle darme dado dando',
    ser: 'es era fue será sería son eran',
    ir: 'voy vas va vamos van iba fui fue irme irte irse vaya',
  },
  verbs: {
    violent:
      'pegar, golpear, empujar, patear, abofetear, cachetear, zarandear, sacudir, morder muerd~, escupir, agredir, arañar, rasguñar, ' +
      'pellizcar, cascar, madrear, apuñalar, acuchillar, azotar, estampar, arrastrar, pisotear, apalear, aporrear, fajar, trompear, tumbar, derribar, estrellar, zamarrear, herir hier~ herido herida heridos heridas hirió hirieron hiriendo, moler muel~',
    violentt:
      'golpear, empujar, patear, abofetear, cachetear, zarandear, sacudir, morder muerd~, agredir, cascar, madrear, apuñalar, acuchillar, ' +
      'azotar, estampar, arrastrar, apalear, aporrear',
    pegar: 'pegar',
    choke: 'ahorcar, estrangular, asfixiar, sofocar',
    ahogar: 'ahogar',
    grab:
      'agarrar, apretar, sujetar, tomar, coger, tener tien~ tuv-, sostener sostien~, presionar, aplastar, estrujar, jalar, jalonear, ' +
      'tirar, retorcer retuerc~, torcer tuerc~, pescar',
    throw: 'tirar, aventar, lanzar, arrojar, botar',
    give: 'meter, soltar suelt~, arrear, plantar, zampar, propinar, pegar, encajar, clavar',
    kill: 'matar, asesinar, liquidar',
    threaten: 'amenazar',
    decir: 'decir dij- dic- dig- dir-, escribir, jurar, gritar, avisar, amenazar, mandar',
    quitar: 'quitar, robar, esconder, romper, destruir destruy-, confiscar, retener retien~',
    revisar: 'revisar, registrar, leer lee leen lees leía leían leyó leyendo leído, mirar, checar, chequear, espiar, controlar, hurgar, husmear, fisgonear, vigilar, borrar',
    dejar: 'dejar',
    obligar: 'obligar, forzar fuerz~, presionar',
    hacer: 'hacer hace hacen haces hacía hacían hizo hice hiciste hicieron haga hagas hagan hará harán haría hecho haciendo hacerme hacerle',
    romper: 'romper, partir, quebrar quiebr~, fracturar, desfigurar, destrozar, reventar revient~',
    quemar: 'quemar',
    cortar: 'cortar',
    lastimar: 'lastimar, herir hier~ herido herida heridos heridas hirió hirieron hiriendo',
    rascar: 'rascar, rasguñar, arañar, aruñar',
    seguir: 'seguir sig-',
    stalk: 'perseguir persig-, acosar, vigilar, espiar, rastrear, localizar, acechar, stalkear',
    aparecer: 'aparecer aparezc-, presentar',
    esperar: 'esperar, quedar, estacionar, parar',
    llamar: 'llamar, escribir, mandar, textear, marcar',
    tocar: 'tocar, manosear, toquetear, sobar',
    violar: 'violar',
    grabar: 'grabar, filmar, fotografiar',
    compartir: 'compartir, publicar, subir, mandar, enviar, difundir, pasar, mostrar muestr~, enseñar, filtrar',
    encerrar: 'encerrar encierr~',
    aislar: 'aislar',
    alejar: 'alejar, apartar',
    prohibir: 'prohibir',
    cambiar: 'cambiar, borrar, eliminar, bloquear',
    controlar: 'controlar, manejar, administrar',
    decidir: 'decidir, elegir elij- elig-',
    hackear: 'hackear, jaquear',
    poner: 'poner pon- pus- pong-, instalar, colocar, esconder, meter',
    tapar: 'tapar',
    morir: 'morir muer~ mur-',
    desaparecer: 'desaparecer desaparezc-',
    acabar: 'acabar, terminar',
    parar: 'parar, detener detien~',
    arrepentir: 'arrepentir arrepient~ arrepint-',
    arruinar: 'arruinar, destrozar',
    leave: 'dejar, denunciar, separar, divorciar, hablar, contar cuent~, llamar, escapar',
    find: 'buscar, encontrar encuentr~, matar, pegar, quitar, perseguir persig-',
    tomar: 'tomar, tragar',
    agarrar: 'agarrar, apretar, sujetar, jalar, jalonear, estrujar, retorcer retuerc~, torcer tuerc~, aplastar',
    selfharm: 'cortar, quemar, lastimar, golpear, pegar, rascar, rasguñar, arañar, morder muerd~, pinchar',
    bloquear: 'bloquear',
  },
  // «me pegó un susto», «me pego una ducha», «me pegó la gripe», «se me pegó la canción»: pegar without a blow.
  // «me muero de ganas», «me mata el tráfico», «mataría por un café», «este calor me mata».
  // «amenaza con llover», «me ahogo en un vaso de agua», «hasta el cuello de trabajo».
  // Accidents said in the first person: «me corté el dedo», «me quemé la mano», «me corto el pelo mañana».
  except: `
@pegar ~2 @pegaridiom
yo? reviso|revise|revisaba|miro|mire|miraba|leo|lei|leia|checo|cheque|chequeo|borro|borre mi|mis @device
@pegar ~1 fuerte? ~1 la|el|los|las @abstract
@abstract|@fig ~2 me|nos|le @aux* @pegar|@kill|@violent
@figpeople ~2 me|nos @aux* @kill|matarme
se me|le|te ~1 @pegar
se me|te|le|nos @quemar|@romper|@cortar
@agarrar ~3 para ~1 enseñar*|mostrar*|ayudar*|sostener*|cruzar|bailar|levantar*
respirar|respiraba|respiro ~4 pánico|ansiedad|asma|risa|llorar|llanto|nariz|resfriado
me|te|nos la|las @pegar
@pegar ~1 a|al ~1 la|el? pelota|balón|bola|bebida|botella|trago|vino|droga|copa
me|te|le|nos @pegar ~1 bien|mucho|nada|poco
te|le|les @pegar con todo
te|le|les @pegar con ~1 tu|tus|su|sus|el|la|los|las ~1 ojos|pelo|zapatos|color|colores|piel|vestido|falda|bolso|cartera|camisa|pantalón|look|estilo
me|te|se @violent/e,é ~1 con|en|contra|sin|un|una|el|la
@morir ~1 de ~1 ganas|hambre|risa|calor|frío|sueño|vergüenza|aburrimiento|envidia|amor|celos|nervios|pena|cansancio|sed|ternura|gusto|asco|curiosidad|emoción|la
@morir por|si
muerta|muerto ~1 de ~1 cansancio|risa|miedo|hambre|sueño|frío|calor|vergüenza|envidia|aburrimiento
me|nos|te @kill/a,an,o,aba,aban el|la|los|las|este|esta|estos|estas|ese|esa|tanto|de|con
me|nos|te está|están|estás|estaba matando
@kill/aría,ar,o por
matar el tiempo
matamos|mato|matando|matarse|matarme ~1 a|trabajando|estudiando|entrenando|trabajar|estudiar
me dejó muerta|muerto
@threaten ~1 con? ~1 llover|lluvia|lluvias|tormenta|tormentas|nevar|nieve|granizo|temporal|tormentoso
@ahogar en un vaso
agua|hasta al|el cuello
@animal|bebé ~3 me|nos|le @aux* @grab|@violent|@throw|@pegar
el|la|mi|los|las|mis @animal ~5 me|nos|le @aux* @grab|@violent|@throw|@pegar|@ahogar
@dar|@give ~2 paliza|repaso|baile|vuelta ~3 @game
@throw ~1 los|la|un|una tejos|onda|bronca|beso|besos|perros|caña|indirectas|indirecta
part* de risa
la @romper en|con|toda|todo|$
me|te|se @aux* @cortar ~1 el|la|los|las|un|una|mi|mis ~1 @cutok
@cortar/arme,arte,arse ~1 el|la|los|las|mi|mis ~1 @cutok
@cortar|@quemar|@lastimar|@rascar ~3 cocinando|afeitando*|afeitándome|depilando*|pelando|jugando|querer|papel|accidente
me @cortar/é|@quemar/é|@lastimar/é|@rascar/é|@agarrar/é,í el|la|un|una|mi|con|en|sin
hecho daño ~2 en|con|jugando|corriendo|al
abus* de ~1 mi|tu|su ~1 paciencia|confianza|bondad|generosidad|buena
abus* del|de ~1 la|el|los? ~1 alcohol|bebida|drogas|tarjeta|poder|azúcar
@violar ~2 ley|leyes|norma|normas|regla|reglas|acuerdo|contrato|privacidad|confianza|semáforo|derechos
acoso laboral|escolar
@miedo ~2 perderte|perderlo|perderla|perderlos|perder|equivocarme|arruinarlo|decepcionar*|fracasar|fallar
@miedo a|de ~1 las|los|la|el ~1 arañas|araña|alturas|volar|perros|oscuridad|serpientes|agujas|dentista|payasos|ratones|bichos|insectos|agua|aviones|truenos|tormentas|multitudes|fracaso|compromiso|cambios
@seguir en|por ~1 instagram|redes|twitter|tiktok|insta|face|facebook
los|las|mis @kin|@animal ~2 no me @dejar en paz
me revisa ~2 ortografía|tarea|deberes
empuj* a *ar|*er|*ir
empuj* ~3 columpio|hamaca|carrito|cochecito|carriola
`,
  // Said to the partner: «me llamas cinco veces al día» (caution, not the note).
  soften: `
@llamar/as,aste,abas,es,iste,ias ~4 veces
se suicidó|suicidaron|suicido|suicidaba
me @violent|@grab ~3 jugando|sin querer
`,
  danger: {
    'own-violence': `
le|la|lo|les @violent/é,í|@choke/é|@threaten/é
le|la|lo|les @dejar/é ~2 moretones|marcas|moretón|morados|moratones|cardenales
le|la|lo|les @grab/é ~2 @neck|@hold
@violent/é,í|@choke/é a ~1 mi|mis|la|el|los|las ~1 @partner|@kin
le|la|lo|les di|daba|doy ~2 @blow
le|la|lo|les he ~1 @violent/ado,ido|@choke/ado
le|la|lo|les @throw/é ~1 @det? ~1 @throwable
@yoquiero|miedo|ganas ~2 @violent/arle,arla,arlo,erle,irle|@choke/arla,arlo|@kill/arla,arlo,arle
miedo ~2 hacerle|hacerles ~1 daño
@lastimar/arla,arlo,arle
he|soy|fui|pongo|puse|vuelvo ~2 violento|violenta|agresivo|agresiva
le|la|lo hice|hago ~1 daño ~1 físico|físicamente
`,
    suicide: `
@yoquiero ~2 matarme|suicidarme|morirme|morir|desaparecer|matarse
me @aux1* @kill/ar,o,é
suicid*
@yoquiero ~2 estar ~1 muerta|muerto
dormir|dormirme ~2 no|nunca|jamás ~1 despertar*
@neg quiero|quería|quisiera|deseo ~1 vivir !con|en|aquí|ahí|así|juntos|solo|sola|cerca|lejos
@neg quiero|quería|quisiera ~1 estar|seguir aquí|acá !en|con|cuando|hoy|esta|este|porque
@neg quiero|quería|quisiera ~1 seguir viviendo|vivo|viva
@neg quiero|quería|quisiera|deseo ~1 despertar*|existir
mejor ~1 muerta|muerto
mejor|felices|feliz|tranquilos|tranquilo ~3 sin mí
mejor|felices|feliz|tranquilos|tranquilo ~3 si yo? no estuviera|existiera|estoy|existo
mejor|felices|feliz|tranquilos|tranquilo ~3 si yo? me muero|muriera|desapareciera|desaparezco
soy|siento|sentir ~3 carga|estorbo
carga|estorbo para ~1 todos|todo|ellos|mi|mis|nadie
@quitar ~1 la vida
@acabar con ~1 mi vida|existencia
@acabar con todo
quiero|quisiera|ojalá que? todo ~1 termine|acabe|terminara|acabara !bien|pronto|rápido
para qué seguir viviendo|aquí|$
para qué vivir
@neg tengo ~1 razón|razones|motivo|motivos|ganas ~2 vivir|seguir
vida|vivir ~1 @neg vale|tiene
@neg ~2 sentido ~2 nada|vida|vivir|seguir|existir
salida ~3 morir|morirme|matarme|suicidarme|muerte
ojalá|quisiera|deseo|desearía ~2 muerta|muerto
no ~1 hubiera|haber|hubiese nacido
nadie ~2 extrañaría|echaría|importaría|notaría
@tomar/é,o|tomarme|tragué ~3 muchas|demasiadas|todas|frasco|caja|montón|blíster ~3 pastillas|píldoras|medicamentos|calmantes|pastis
sobredosis
juntando|guardando|acumulando|ahorrando ~2 pastillas|píldoras|medicamentos|calmantes
tirarme|aventarme|lanzarme ~4 puente|edificio|balcón|ventana|tren|metro|vías|azotea|techo|barranco|acantilado
@yoquiero|pensé|pienso ~3 estrellar*|chocar*
carta ~1 de ~1 despedida|suicidio
despedirme de todos
@desaparecer ~2 siempre|mundo
@yoquiero|debería ~2 desaparecer
cansada|cansado|harta|harto de ~1 vivir|existir
cansada|cansado|harta|harto de la vida
como ~1 morir|morirme|matarme|suicidarme|quitarme
intent* ~6 volver a intentar*
`,
    strangulation: `
me|la|lo|le|nos @aux* @choke
@choke/andome,arme,andola,andolo,andonos
@grab ~3 @neck
@hands ~4 @neck
@neck ~3 sus|las ~1 manos|dedos
marcas|moretones|moretón|morados|moratones|cardenales ~3 @neck
almohada ~3 cara|boca|nariz|encima|ahog*
@ahogar ~3 almohada|manos|mano|bolsa
@tapar/ó,a,aba ~2 boca|nariz
encima ~4 no ~2 respirar
`,
    threat: `
me|te|nos|la|lo|le|les @aux* @kill
@threaten ~1 de muerte
me|nos|la|lo|le @aux* @threaten !con
@threaten con ~3 niños|hijos|hijas|nenes|chicos|bebé
@threaten con ~2 @kill|@quitar|@violent|@lastimar|@compartir|denunciar*|echar*|echarme|llevarse|llevarme|hacer*|@weapon|suicid*|tirar*|quemar*|@romper|muerte
me|le|les|te|nos va|iba|vas|ibas|voy|quiere|quería a? hacer daño
me|le|les|te|nos haría|hará|haré|harás daño
@quitar ~2 los|mis|a ~1 niños|hijos|hijas|nenes|chicos|bebés|hijo|hija|nene|nena
@neg ~2 ver ~1 a ~1 mis|los|las ~1 hijos|niños|nenes|hijas|chicos
si ~2 @leave|@ir ~3 me|te|la|lo @aux* @find|@kill|@violent|@quitar
iba|ibas|va|vas|voy a arrepent*
me|te|nos @aux* apunt* con
apuntó|apunta|apuntaba ~3 @weapon
mostró|enseñó|sacó|saca|muestra ~2 un|una|el|la? ~1 @weapon
@weapon ~8 para mí
@weapon ~8 usar|usarla|usarlo|@kill|@threaten
me|te|le @aux* @romper ~1 el|la|los|las? ~1 @body
encontrar ~1 mi|tu ~1 cuerpo|cadáver
me|te @aux* desaparecer
me|te @aux* hacer pagar
me|te @aux* @arruinar ~1 la vida
próxima vez ~3 me|te @aux* @kill|@romper|@violent
próxima vez ~2 no ~1 levant*
se @aux* @kill|suicid* ~1 si
se @aux* hacer|haría|hará|hace|haga daño ~1 si la|lo|le|me|te|salgo|sigo|voy|veo|quedo|hablo|vuelvo|dejo
amenaz* ~3 matarse|suicidarse|quitarse
`,
    violence: `
me|nos @aux* @violent
me|nos @aux* @dar|@give ~2 @blow
me|nos|le|la|lo @aux* @violent|@throw ~2 de|con un|una @blow
me|nos|le|la|lo @aux* levant* la mano
me @aux* @lastimar ~1 el|la|los|las ~1 @body
me @aux* @hacer ~1 un|una? moretón|moretones|herida|heridas|cortes|marcas|chichón
me @aux* clav* ~2 uñas|cuchillo|navaja|dientes
me @aux* @quemar ~3 con
toda|todo|bien ~1 moreteada|moreteado|amoratada|amoratado|golpeada|golpeado|marcada|lastimada|morada
me @aux* mand*|@dejar ~3 hospital|urgencias|guardia|hospitalizada
me @aux* @dejar ~3 hinchada|hinchado|hinchados|morada|morado|rota|roto|sangrando|marcada|marcado
me|nos|le|les @aux* @grab|@throw|@violent ~2 al|contra|por|del|de|hacia|encima ~2 suelo|piso|pared|escaleras|escalera|cama|pelo|pelos|cabello|brazo|brazos|oreja|cuello|puerta|mueble
me|nos|le|les @aux* @throw ~2 @throwable
@throw ~4 a|en la ~1 cara|cabeza
me|nos @aux* @grab|@violent ~3 @hold
me|nos @aux* @grab ~2 fuerte|marcas
me @aux* @dejar ~2 moretones|moretón|marcas|morado|morados|moratones|cardenales|ojo
ojo morado
me @aux* @quemar con
me|le @aux* @cortar con ~1 un|una|el|la ~1 cuchillo|navaja|cuchilla|vidrio|botella
me|te|le @aux* @dar|@give|@violent con ~2 el|la|un|una ~1 cinturón|correa|palo|zapato|chancla|cable|puño|cinto|manguera
a|de|con @blows
le|les @aux* @violent/a,an,o,aba,aban,aron,ado
la|lo|las|los @aux* @violentt
@partner|@kin ~2 @violent/a,o,aba,an a ~1 mi|mis|la|el|los|las|su|sus
me @aux* @lastimar ~2 físicamente|fuerte|marcas
físicamente ~2 @violent|@lastimar|maltrat*
`,
    coercion: `
me @aux* @revisar ~2 @device
@neg me @dejar ver|visitar|llamar|hablar|juntarme ~2 a|al|con|mi|mis|nadie|amigas|amigos|familia
@neg me @dejar salir|trabajar|estudiar|irme|ir|manejar|conducir|comer|usar|tener|vestirme|tener
@neg puedo ~1 ver|hablar|visitar|salir ~3 por él|ella
me @aux* @quitar ~2 @owned
para que no ~2 salga|saliera|llame|llamara|pida|pidiera|hable|hablara|vaya|fuera|pueda|pudiera|escape|escapara|contacte
me @aux* @obligar|@hacer a? ~2 @forced
@obligar|@hacer|tengo ~4 ubicación
me @aux* @obligar|@hacer a? ~1 dejar|renunciar ~2 trabajo|estudios|carrera|universidad|facultad|amigas|amigos|familia|empleo
tengo|tenía que ~1 pedirle|pedir ~2 permiso
pedir|pedirle ~1 permiso para
decirle|mandarle|saber|avisarle|probarle ~2 dónde|con estoy|ando|quién|voy
@decidir ~1 qué ropa|visto|pongo
@decidir ~2 me pongo|visto
@decidir ~1 con quién
@controlar ~3 @money
@controlar ~1 todo|mi|mis ~2 @money|gasto|compro
queda|quedó|quita ~1 con ~1 mi|todo|mis ~1 mi? ~1 sueldo|dinero|plata|salario|pensión|ayuda
@neg me da|daba|dio ~1 dinero|plata|nada
justificar ~2 cada|todos|todo ~1 peso|euro|gasto|centavo|céntimo|sol|dólar|compra
me @aux* @encerrar
me @aux* @dejar afuera|fuera ~2 casa|calle|puerta|frío
me @aux* @aislar
me @aux* @alejar ~1 de ~1 mis|mi ~1 amigas|amigos|familia|madre|mamá|hermanas|hermanos
me @aux* @prohibir
me @aux* @cambiar ~1 las|la|mis|mi ~1 contraseñas|contraseña|claves|clave|pin|contrasenas
me @aux* @cambiar ~2 contactos|amigos|amigas|cuentas|redes
`,
    stalking: `
me @aux* @seguir a|hasta|cuando|al|por|todo|todos|adonde|donde|$
me @aux* @stalk
@stalk/arme
acos*
localizador|rastreador|gps|airtag|spyware|aplicación|app|cámara|cámaras|programa ~4 coche|carro|auto|celular|móvil|teléfono|bolso|cartera|mochila|espiar*|vigilar*|rastrear*|espiarme|vigilarme
@poner ~3 localizador|rastreador|gps|airtag|spyware|aplicación|app|cámara|programa
@aparecer ~2 en|afuera|fuera|por ~1 mi|el|la ~1 trabajo|casa|colegio|escuela|edificio|depto|departamento|piso|facultad|oficina|universidad|gimnasio
@aparecer donde ~1 estoy|esté|voy
@esperar|estacionado|parado|veo ~4 afuera|fuera|frente|delante ~2 de ~1 mi|la|el
@llamar|mensajes ~3 veces al|por|cada|a ~1 día|hora|noche
@llamar|mensajes ~2 @num veces
aunque|después|pesar ~3 bloque*
cuentas|perfiles|cuenta|perfil ~1 falsas|falsos|falsa|falso
sabe|sabía|conoce ~1 dónde|adónde estoy|ando|vivo|trabajo|voy
me @aux* @hackear
@neg me @dejar en paz
@llamar|mensajes ~3 veces al|por|cada|a ~1 día|hora|noche
`,
    sexual: `
me @aux* @obligar ~6 relaciones|sexo|sexual|sexuales|cama|acostarme|acostar|intimidad|coger
me @aux* @obligar/ó $
me|la|nos @aux* @violar
violación|violador|violadores
abus*|agre* ~1 sexual*
sexualmente ~1 abus*|agre*|acos*|violent*
abus* de ~1 mí|mi|ella|mis|nosotras|nosotros
me @aux* manose*|toquete*
despert*|despiert*|dormida|dormía|dormido|durmiendo ~5 tocando|tocándome|toca|tocaba|manose*|toquete*
me @aux* forz*|fuerz* a
@neg ~1 @dejar|@parar de @tocar/arme
borracha|borracho|emborrach*|drog* ~5 sexo|relaciones|tocó|violó|acostó|abusó
@compartir ~1 mis|nuestras ~1 fotos|videos|vídeos|imágenes ~3 amigos|amigas|todos|internet|redes|grupo|familia|jefe
me @aux* @tocar ~4 dormía|dormida|dormido|inconsciente|borracha|borracho|desmayada|no|sin
dije|digo|decía|diga ~1 que no ~4 siguió|sigue|seguía|continuó|igual|obligó|forzó|toca|tocó
@neg @parar cuando|aunque|si ~3 que no
tuvo|tiene|tenía sexo|relaciones ~4 dormida|inconsciente|borracha|desmayada|dormía
@neg acepta un no ~4 cama|sexo|relaciones
si no ~2 acuesto|acostarme|acostamos|relaciones|sexo
acostarme|relaciones|sexo ~4 aunque no ~1 quiera|quiero|quería
no quería|quise|quiero ~1 pero ~3 no ~1 le ~1 importó|importa|importaba
no quería|quise ~1 pero ~3 igual|siguió|obligó|forzó
@compartir|@threaten ~4 íntimas|íntimos|desnuda|desnudo|desnudos|desnudas|porno|sexuales
me @aux* @grabar ~3 sin ~1 mi|permiso|consentimiento|que
sin mi consentimiento
`,
    'self-harm': `
me|se @aux* @cortar
@cortar/arme,arse
me @aux1* hago|hacer|haciendo|hecho daño
hacerme|hacerse daño
me @aux* @selfharm ~3 a propósito|adrede|queriendo
autolesi*
auto lesi*
me @aux* @rascar ~4 sangr*
hasta ~3 sangr*
me @aux1* @pegar a mí ~1 misma|mismo
me doy|daba|das|da golpes|cabezazos|puñetazos|bofetadas|cachetadas
me @aux1* @violent/o ~1 la|mi? cabeza|cara
castigarme
cortes|cicatrices ~3 brazos|piernas|muñecas|muslos|panza
`,
    fear: `
le|les tengo ~1 @miedo !a
le|les tengo ~1 @miedo a mi|mis|él|ella|$
@miedo ~3 que ~1 me|nos|les|le|los|la ~1 mate|maten|pegue|peguen|golpee|encuentre|lastime|busque|quite|quiten|ahorque|viole
@miedo ~3 que ~1 me|nos|les|le|los|la ~1 haga|hagan ~1 daño|algo
@miedo ~2 lo que ~1 me? ~1 haga|pueda|vaya|hará|haría
@miedo ~2 volver|ir|llegar|regresar ~1 a ~1 casa|mi
@miedo ~2 dejarlo|dejarla|irme|separarme|denunciarlo|denunciarla
@miedo|temo|temor ~1 por ~1 mi|mis|los ~1 vida|hijos|hijas|niños|seguridad|nenes
@neg me? siento|estoy|sentimos a? segura|seguro|seguros|seguras|salvo|salva !*ndo|de ~2 casa|con|aquí|$
cerrada|cerrado|llave|trabada|trabado ~3 por él|ella|miedo
me escondo|escondía|escondí ~1 cuando|de|si ~3 él|ella|oigo|escucho|llega|su|sus
@miedo de|a mi|mis @partner|@kin
@partner|él|ella ~2 me da|dan|daba|mete ~1 @miedo
me da @miedo él|ella $
me|nos asusta|asustaba|aterra|aterraba|aterroriza|da|dan|daba ~1 @miedo? ~1 cuando|si ~2 se|él|ella|llega|bebe|toma|enoja|enfada|pone|borracho|grita
@neg me? siento|estoy a? segura|seguro|salvo|salva cuando|si ~2 él|ella|bebe|toma|llega|se|está
tiembl*|temblando|paraliz*|congel* ~4 oigo|escucho|llega|llegue|su|sus
descubr*|sepa|averig*|encuentre ~1 dónde|adónde vivo|estoy|trabajo|ando
`,
    abuse: `
maltrat*
violencia ~1 doméstica|intrafamiliar|machista|familiar|vicaria|psicológica|física|sexual
violencia de género
@ser|pone|ponía|puso|vuelve|está ~1 muy? violento|violenta|agresivo|agresiva
violento|violenta ~1 conmigo|con
abusiv*|abusador*
sufro|vivo|sufrí|viví|sufría|vivía ~2 violencia|maltrato|abuso|abusos
`,
  },
  caution: {
    // The broad pass, over the same classes: a harm verb on someone, a death or pill word, fear of someone, someone
    // else's hand on the person's own things. Never a feeling on its own («miedo», «celos», «tengo miedo»).
    'own-violence': `
yo|le|les ~2 @violent|@choke|@agarrar|@lastimar|@throw/é
`,
    violence: `
me|te|le|les|nos @aux* @violent|@choke|@kill
me|te|le|les|nos @aux* @throw|@agarrar|@romper|@quemar|@cortar|@lastimar|clav* ~1 el|la|los|las|de|del|con|contra|por|un|una|a|al
me|nos @aux* @lastimar/ó,a,aba,an,aron,aban
me|te|le|les|nos @aux* @dar|@give ~3 @blow
moretón|moretones|moreteada|moreteado|amoratad*|violencia|violento|violenta|maltrat*|abusivo|abusiva|abusador*|policía|denunci*|alejamiento|pistola|revólver|escopeta|arma|armas
`,
    strangulation: `
ahorc*|estrangul*|asfixi*|ahog*
@neg ~2 respirar|respiraba|respiro
@agarrar|manos|mano|dedos|apret*|rodilla|almohada ~4 @neck|cara|boca
`,
    suicide: `
morir|morirme|morirse|muero|muere|murió|muerte|muerta|muerto|mueren|murieron|morimos|suicid*|sobredosis|pastillas|pastilla|matarme
@yoquiero ~2 desaparecer|matarme|morirme|morir|@kill/ar
`,
    'self-harm': `
@selfharm ~2 mí ~1 misma|mismo
autolesi*|cortarme|cortándome|cortes
`,
    fear: `
@miedo ~1 a|de ~1 él|ella|mi|mis|su
@miedo|temo|temor ~3 que ~1 me|nos|les|le ~1 @violent|@kill|@lastimar|@choke|@hacer|@quitar|@find
@miedo|temo|temor ~3 casa|vida|hijos|seguridad
`,
    threat: `
@decir|amenaz* ~6 @kill|@violent|@lastimar|daño|desaparecer|pagar|arrepent*|arruin*
me|nos|te @aux* @threaten
`,
    coercion: `
me @aux* @revisar|@quitar|@controlar|@cambiar|@prohibir ~2 @device|@owned|@money|contraseña*|clave|claves|ubicación
@revisar|@quitar|@controlar|@cambiar|@prohibir ~1 mi|mis ~1 @device|@owned|@money|contraseña*|clave|claves|ubicación
le|les @revisar|@controlar ~1 el|la|los|las|su|sus ~1 @device|contraseña*|ubicación
@neg me @dejar ~1 @act
me @aux* @obligar|@hacer a? ~2 @forced|dejar|renunciar|pedir|justificar|decirle|tener
`,
    stalking: `
me @aux* @stalk|@seguir/ió,e,ía,iendo|@hackear
@llamar|mensajes ~3 veces al|por|cada|a ~1 día|hora|noche
`,
    sexual: `
me @aux* @violar|forz*|fuerz*|manose*|toquete*
@obligar|presion*|forz*|fuerz* ~4 sexo|relaciones|cama|acostarme|sexual*|que no
me @aux* @tocar ~4 cuando|aunque|mientras|sin|dormida|dormía
`,
  },
};
