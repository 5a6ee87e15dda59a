#!/usr/bin/env python3
"""Serializer for the hand-written Spanish half of the authenticity dataset.

Every comment below was written by hand, one literal per row, under a
hand-written post caption. This script does NOT generate text: it only
numbers the rows, fills the repeated post fields and writes RFC-4180 CSV
with the csv module.

Row literal: (label, kind, text) or (label, kind, text, lang).
lang defaults to "mixed" when kind == "code_switch", else "es".
split per post: "t" = train, "h" = heldout.
"""
import csv
import os
from collections import Counter

G, S, P = "genuine", "superficial", "spam"
POSTS = []


def post(pid, region, platform, split, caption, comments):
    POSTS.append(dict(pid=pid, region=region, platform=platform,
                      split={"t": "train", "h": "heldout"}[split],
                      caption=caption, comments=comments))


# ---------------------------------------------------------------- batch 1
post("es-p001", "MX", "instagram", "t",
     "Chilaquiles verdes en 15 minutos 🌶️ Tortillas del día anterior, salsa de tomatillo asada y crema. ¿Ustedes con huevo o con pollo? #recetasfaciles #comidamexicana",
     [
         (G, "short_specific", "el serrano tambien lo asas?"),
         (G, "", "Con huevo estrellado siempre!! y un poquito de queso fresco encima, así los hacía mi abuela en Puebla"),
         (G, "sarcasm", "ah sí, 15 minutos... si ya tienes las tortillas fritas, la salsa hecha y a alguien que lave los trastes 🙃"),
         (G, "negative", "no manches, fríes las tortillas en tanto aceite? se ven bien grasosos la neta"),
         (G, "question", "con qué tortillas te quedan más crujientes, de maíz amarillo o blanco?"),
         (S, "", "que rico 😋😋"),
         (S, "emoji_only", "🤤🤤🤤"),
         (S, "long_generic", "Me encanta todo lo que haces, siempre subes cosas bien bonitas, eres súper linda y se nota que le pones amor a todo, sigue así 💕💕"),
         (S, "tag_only", "@karla_mtz05"),
         (P, "praise_then_spam", "Se ven deliciosos!! 😍 Pasen a mi perfil, vendo productos para bajar de peso 100% naturales 🌿"),
         (P, "crypto", "Yo empecé a invertir con @inversiones.daniela_fx y en 2 semanas recuperé 8,000 pesos, se los recomiendo mucho 🙏"),
     ])

post("es-p002", "ES", "tiktok", "t",
     "Look de entretiempo por menos de 60€ 🍂 Gabardina de Zara (la de la temporada pasada, todavía la tienen), vaqueros rectos de Pull&Bear y mocasines de Mango. ¿Os gusta?",
     [
         (G, "short_specific", "¿qué talla de gabardina llevas?"),
         (G, "", "Tía la gabardina me la compré yo el año pasado y sigue como nueva, es de lo mejor que tiene Zara"),
         (G, "sarcasm", "menos de 60€ dice, y los mocasines de Mango solos cuestan 50 JAJAJA"),
         (G, "negative", "Los vaqueros rectos a mí me hacen las piernas cortísimas, no me terminan de convencer con mocasín"),
         (G, "question", "¿Los mocasines hacen rozadura? Los tengo en el carrito desde hace una semana"),
         (S, "", "Mola mucho 🔥"),
         (S, "", "guapísimaaa"),
         (S, "emoji_only", "😍😍"),
         (S, "long_generic", "Eres una inspiración para mí de verdad, siempre vas ideal, tienes un estilo precioso y encima pareces majísima, ojalá algún día conocerte ✨✨"),
         (P, "follow4follow", "me sigues y te sigo ✅ respondo a todos"),
         (P, "collab_dm", "Hola guapa! Nos encanta tu contenido, escríbenos por DM para una colaboración con nuestra marca de bolsos 👜 @bolsosluna.shop"),
     ])

post("es-p003", "AR", "youtube", "t",
     "Terminé Hollow Knight al 112% 🦋 Les cuento en el video cómo pasé el Panteón de Hallownest después de 3 semanas de sufrir. Spoilers desde el minuto 8!",
     [
         (G, "short_specific", "con qué amuletos hiciste el panteón 5?"),
         (G, "", "Che el Panteón 5 me tuvo como un mes, los Hermanos Oro me rompieron la cabeza. Felicitaciones posta"),
         (G, "sarcasm", "3 semanas sufriendo? amateur, yo voy 4 meses y sigo en las Señoras Mantis 💀"),
         (G, "", "Gracias por avisar lo del minuto 8, lo estoy jugando recién y casi me como el spoiler"),
         (G, "negative", "El video está bueno pero el audio del micrófono se satura cuando gritás, bajale un poco la ganancia"),
         (G, "question", "vas a hacer Silksong también cuando salga?"),
         (S, "", "buen video 👍"),
         (S, "", "primero"),
         (S, "long_generic", "Sos un crack, siempre me alegrás el día con tus videos, se nota la dedicación que le ponés, seguí así que vas a llegar lejísimos genio 👏👏"),
         (P, "self_promo", "🔥 Robux y skins GRATIS en mi canal, link en mi perfil 🔥"),
         (P, "praise_then_spam", "Buenísimo el video!! 👏 Si alguien quiere ganar plata desde casa jugando escribime al wsp +54 9 11 3456 7812"),
     ])

post("es-p004", "CO", "instagram", "t",
     "Guatapé en un día desde Medellín 🇨🇴 Subimos los 740 escalones de la Piedra del Peñol, almorzamos trucha frente a la represa y paseamos en lancha. Presupuesto total: 120 mil por persona.",
     [
         (G, "short_specific", "¿fueron en bus o en carro?"),
         (G, "", "Parce esos 740 escalones me dejaron muerto jajaja pero la vista de arriba vale toda la pena"),
         (G, "question", "¿Los 120 mil incluyen el paseo en lancha o eso se paga aparte?"),
         (G, "sarcasm", "ay sí, 'en un día' dice, y uno se demora 3 horas solo saliendo de Medallín un sábado 🙃"),
         (G, "", "Qué chimba, yo fui en diciembre y la represa estaba súper llena, el agua se veía azulita"),
         (S, "", "hermoso lugar 😍"),
         (S, "", "bacanoo"),
         (S, "tag_only", "@juanda_r @vale.ospina"),
         (S, "emoji_only", "🔥🔥🔥🔥"),
         (P, "giveaway_scam", "🎉Felicidades!! Has sido seleccionado como ganador de nuestro sorteo, escribe al @sorteos_oficial.col para reclamar tu premio 🎁"),
         (P, "self_promo", "Viaja gratis con nosotros 🌴 Gana comisiones invitando amigos, info en mi bio"),
     ])

post("es-p005", "MX", "youtube", "h",
     "Probé el Redmi Note 13 Pro por un mes: cámara de 200MP, batería que me dura día y medio y se calienta jugando Warzone Mobile. ¿Vale la pena por 6 mil pesos?",
     [
         (G, "short_specific", "trae cargador en la caja?"),
         (G, "", "Yo lo tengo desde marzo y la neta la batería sí aguanta, lo de que se calienta es cierto, con Free Fire se pone bien caliente"),
         (G, "negative", "200MP y las fotos de noche se ven igual de borrosas que un cel de 3 mil, pura mercadotecnia"),
         (G, "sarcasm", "'se calienta un poco' wey casi cocinas un huevo en la parte de atrás en el minuto 6 jajaja"),
         (G, "question", "¿Lo puedes comparar con el Poco X6 Pro? Estoy entre los dos"),
         (S, "", "buen video bro"),
         (P, "like_bait", "like si lo ves en 2024"),  # relabelled in batch 6: asks likes for the comment
         (S, "emoji_only", "👍👍"),
         (P, "praise_then_spam", "Excelente review 👌 Oye, vendo iPhones originales a mitad de precio, mándame mensaje al 55 1234 9087"),
         (P, "follow4follow", "Suscríbanse a mi canal hago unboxings tmb 🙏🙏 los apoyo de regreso"),
     ])

post("es-p006", "ES", "instagram", "t",
     "Rutina de glúteo en casa con solo una goma 🍑 4 rondas: hip thrust, patada lateral, sentadilla sumo y puente a una pierna. 45 segundos cada uno, 15 de descanso. ¡Guardadla para luego!",
     [
         (G, "short_specific", "¿qué resistencia tiene la goma?"),
         (G, "", "Lo he hecho esta mañana y el puente a una pierna me ha matado, mañana no me siento 😂"),
         (G, "question", "Tengo molestias en la rodilla, ¿la sentadilla sumo se puede cambiar por otro ejercicio?"),
         (G, "sarcasm", "'solo 45 segundos' dice ella, como si no fueran los 45 segundos más largos de mi vida"),
         (G, "negative", "Con una goma sola no vas a hacer crecer glúteo de verdad, hace falta carga progresiva, esto es más para activar"),
         (S, "", "qué cuerpazo tía 🔥"),
         (S, "", "Me encanta 😍"),
         (S, "long_generic", "Eres lo más, de verdad que me motivas un montón cada día, gracias por compartir siempre tanto y por ser tan natural, te mereces todo lo bueno del mundo 💖"),
         (S, "emoji_only", "🍑🔥💪"),
         (P, "self_promo", "Vendo planes de entrenamiento y dieta personalizados 💪 Resultados en 30 días, info por DM"),
         (P, "fancy_unicode", "𝓜𝓲𝓻𝓪 𝓶𝓲 𝓹𝓮𝓻𝓯𝓲𝓵 💋 𝓯𝓸𝓽𝓸𝓼 𝓼𝓲𝓷 𝓬𝓮𝓷𝓼𝓾𝓻𝓪"),
     ])

post("es-p007", "AR", "tiktok", "t",
     "Chipá casero en 20 minutos 🧀 Almidón de mandioca, queso cuartirolo, un huevo y un chorrito de leche. Sale crocante afuera y elástico adentro 🤤",
     [
         (G, "short_specific", "con queso mar del plata sale igual?"),
         (G, "", "Los hice recién y quedaron re bien, yo le agregué un poco de parmesano rallado y le dio un gustito bárbaro"),
         (G, "question", "se pueden freezar crudos? para tenerlos listos a la mañana"),
         (G, "sarcasm", "'20 minutos' y yo llevo una hora intentando que no se me pegue la masa a las manos, gracias eh 😤"),
         (G, "negative", "Les faltó sal, la próxima le pongo más queso porque quedaron medio secos"),
         (G, "code_switch", "Literally the best snack ever, los hago todos los domingos para el mate 🧉"),
         (S, "", "re rico 😋"),
         (S, "", "que hambre"),
         (S, "emoji_only", "🤤🤤"),
         (P, "follow4follow", "seguime y te sigo 🔁"),
         (P, "praise_then_spam", "Qué pinta!!! 😍 Chicas si quieren ganar plata desde el celu escríbanme, es re fácil y sin invertir nada 💸"),
     ])

post("es-p008", "CO", "youtube", "t",
     "Probé la base Fit Me mate de Maybelline en piel grasa con el calor de Cali ☀️ 8 horas, sin retoque. Tono 128. Les muestro cómo quedó a mediodía",
     [
         (G, "short_specific", "¿qué primer usaste debajo?"),
         (G, "", "Yo soy de Barranquilla y esa base a las 3 horas ya me está brillando la frente, será que la sello con polvo?"),
         (G, "question", "el tono 128 sirve para piel trigueña? no sé si pedir el 220"),
         (G, "sarcasm", "'sin retoque' y en el minuto 10 se te ve la nariz brillando como bola de disco 😂 te queremos igual"),
         (G, "negative", "A mí me sacó granitos esa base, no la recomiendo para piel sensible"),
         (S, "", "Qué linda eres 😍"),
         (S, "", "divina como siempre"),
         (S, "long_generic", "Amiga te amo, eres la mejor youtuber de belleza, siempre tan sincera y tan linda por dentro y por fuera, nunca cambies 💗💗💗"),
         (S, "tag_only", "@lau.cardona"),
         (P, "collab_dm", "Hola reina 👑 queremos que seas embajadora de nuestra marca de pestañas, escríbenos a @lashesbogota_oficial para más info"),
         (P, "self_promo", "Vendo seguidores reales y baratos ✅ 1000 por 15 mil, escribe al DM"),
     ])

post("es-p009", "MX", "tiktok", "t",
     "Mi perrita Canela cumplió 5 años 🎂🐶 Le hicimos pastel de zanahoria con crema de yogurt natural (¡sin azúcar!). Se lo acabó en 2 minutos jajaja",
     [
         (G, "short_specific", "qué raza es? parece salchicha cruzada"),
         (G, "", "Feliz cumple Canela!! 🎉 mi perro tiene la misma carita, se parecen un buen"),
         (G, "question", "¿Me pasas la receta del pastel? Mi perro es alérgico al huevo, ¿lleva huevo?"),
         (G, "", "la zanahoria no les hace daño? pregunto xq mi veterinario me dijo que solo con moderación"),
         (G, "sarcasm", "yo en mi cumple: nada. la perrita: pastel con crema de yogurt. ok 😭"),
         (S, "", "Qué bonita 😍"),
         (S, "emoji_only", "🐶❤️🐶❤️"),
         (S, "", "awww"),
         (P, "praise_then_spam", "Hermosaaa 😍 Pasa a ver mi perfil, vendo ropa para perritos y hago envíos a todo México 🐾"),
         (P, "giveaway_scam", "🚨Ganaste un iPhone 15🚨 sólo entra al link de mi bio y llena tus datos antes de 24 hrs"),
     ])

post("es-p010", "ES", "youtube", "h",
     "Mis 5 libros favoritos de 2024 📚 Spoiler: 'La península de las casas vacías' de David Uclés está en el número 1 y 'Intermezzo' de Sally Rooney me decepcionó bastante.",
     [
         (G, "short_specific", "¿Está en Kindle el de Uclés?"),
         (G, "", "Qué alegría ver a Uclés en el número 1, lo leí en verano y todavía le estoy dando vueltas al final"),
         (G, "negative", "No estoy de acuerdo con lo de Intermezzo, para mí es su mejor libro, los diálogos entre los hermanos son brutales"),
         (G, "sarcasm", "Sally Rooney decepcionando a alguien, quién lo iba a decir 🙄"),
         (G, "question", "¿Qué me recomiendas si a mí sí me gustó Intermezzo? jaja"),
         (S, "", "Buen vídeo!"),
         (S, "", "Me encantan tus vídeos ❤️"),
         (S, "long_generic", "Eres mi booktuber favorita sin duda, me encanta cómo hablas de los libros, tienes una forma de expresarte preciosa, gracias por hacer este contenido tan bonito ✨📚"),
         (S, "", "Primera!"),
         (P, "collab_dm", "Publica tu libro con nosotros 📖 Editorial busca nuevos autores, escribe a info@edit-nova.es"),
         (P, "follow4follow", "Hago reseñas de libros en mi canal!! Me suscribo a quien se suscriba 📚🙏"),
     ])

# ---------------------------------------------------------------- batch 2
post("es-p011", "PE", "instagram", "t",
     "Ceviche clásico limeño 🐟 Corvina fresca, limón sutil recién exprimido, ají limo, cebolla roja y un toque de kión. El secreto: no dejarlo más de 2 minutos en el limón. Con camote y choclo, obvio.",
     [
         (G, "short_specific", "¿con lenguado también sale?"),
         (G, "", "Por fin alguien que dice lo de los 2 minutos!! mi tía lo deja media hora y queda como chicle"),
         (G, "question", "el kión lo rallas o lo chancas? nunca sé cuánto poner"),
         (G, "typos", "yo le pongo un poco de leche de tigre con apio tmbn y keda buenazo"),
         (G, "negative", "Sin culantro no es ceviche causa, te faltó"),
         (S, "", "Que rico se ve 😋"),
         (S, "", "provecho!"),
         (S, "tag_only", "@mafer.quispe"),
         (S, "emoji_only", "🐟🍋😋"),
         (P, "praise_then_spam", "Uff que delicia 😍😍 Si quieres generar ingresos extra desde tu casa escríbeme, estoy buscando socias en Lima 💰"),
         (P, "crypto", "Gracias a la señora @maria_trading.pe ahora tengo ingresos todas las semanas, ella me enseñó a invertir en bitcoin 🙌"),
     ])

post("es-p012", "MX", "instagram", "t",
     "Primer día de kínder de Mateo 🎒 Lloró 5 minutos en la puerta y luego ni se despidió 😂 Mamás primerizas, ¿ustedes también lloraron en el carro?",
     [
         (G, "", "Yo lloré todo el camino a la oficina y mi hija salió feliz diciendo que quería quedarse más jaja, es lo mismo"),
         (G, "short_specific", "¿cuántos años tiene Mateo?"),
         (G, "sarcasm", "5 minutos nada más? el mío lloró hasta diciembre, se los juro 😅"),
         (G, "", "Jajaja el 'ni se despidió' me mató, así son, uno sufriendo y ellos como si nada"),
         (G, "question", "¿Les hicieron periodo de adaptación o desde el primer día se quedó todo el horario?"),
         (S, "", "que bonito 🥹"),
         (S, "long_generic", "Eres una mamá increíble, se nota el amor que le tienes a tu familia, me encanta seguirte y ver tu contenido tan bonito, Dios los bendiga siempre 🙏💕"),
         (S, "", "Hermoso 😍😍"),
         (S, "tag_only", "@dani.hdz"),
         (P, "praise_then_spam", "Qué tierno 🥰 Mamás, ¿quieren trabajar desde casa y estar con sus hijos? Yo gano 15 mil al mes, mándenme DM 💕"),
         (P, "phone_number", "Vendo uniformes escolares y mochilas a precio de mayoreo, envíos a CDMX y Edomex 📦 WhatsApp 55 8765 2310"),
     ])

post("es-p013", "AR", "instagram", "t",
     "5 días en Bariloche en temporada baja ❄️ Hicimos el Circuito Chico en bici, cerro Campanario al atardecer y comimos trucha en Colonia Suiza. Todo con 380 lucas para dos, alojamiento incluido.",
     [
         (G, "short_specific", "Dónde alquilaron las bicis?"),
         (G, "", "El Campanario al atardecer es lo más lindo que vi en mi vida, fui con mi viejo hace dos años y todavía hablamos de eso"),
         (G, "sarcasm", "380 lucas para dos con alojamiento incluido, qué buen chiste che 😂 me cobraron eso por una cena"),
         (G, "question", "En temporada baja está abierta la aerosilla del Campanario o hay que subir caminando?"),
         (G, "", "Colonia Suiza los domingos con el curanto es otra cosa, si vuelven no se lo pierdan"),
         (S, "", "Qué lindoooo"),
         (S, "", "re lindo lugar 💙"),
         (S, "emoji_only", "🏔️❄️😍"),
         (S, "long_generic", "Amo tus viajes, siempre me dan unas ganas tremendas de salir a conocer, sos re inspiradora, gracias por compartir todo con nosotros 💙✈️"),
         (P, "giveaway_scam", "Ganaste nuestro sorteo de un viaje para dos ✈️🎉 Escribinos a @sorteos.turismo_arg antes de mañana para reclamarlo"),
         (P, "follow4follow", "seguime que te sigo ✌️ viajera también"),
     ])

post("es-p014", "ES", "tiktok", "t",
     "He jugado 40 horas a Baldur's Gate 3 y os digo una cosa: Astarion no es de fiar 🧛 ¿Con quién habéis hecho romance vosotros?",
     [
         (G, "short_specific", "¿Vas de paladín o de pícaro?"),
         (G, "", "Shadowheart forever, y que nadie me diga lo contrario. La escena del acto 3 me dejó llorando"),
         (G, "", "Astarion no es de fiar pero en el acto 2 se vuelve el mejor personaje del juego, no lo dejes tirado"),
         (G, "sarcasm", "40 horas y todavía sigues en el acto 1, ¿no? tranqui que a mí me pasó igual 🤡"),
         (G, "code_switch", "Karlach es literally the best, con ella o con nadie bro"),
         (S, "", "buen vídeo"),
         (S, "", "jajaja top"),
         (S, "emoji_only", "🔥"),
         (P, "self_promo", "Hago directos de BG3 todas las noches en Twitch, pasaos por mi perfil 🎮🙏"),
         (P, "fancy_unicode", "𝕲𝖆𝖓𝖆 𝖉𝖎𝖓𝖊𝖗𝖔 𝖏𝖚𝖌𝖆𝖓𝖉𝖔 💰 𝖑𝖎𝖓𝖐 𝖊𝖓 𝖒𝖎 𝖇𝖎𝖔"),
     ])

post("es-p015", "CO", "tiktok", "h",
     "Mi batido post-entreno de todos los días 💪 banano, avena, mantequilla de maní y un scoop de proteína de vainilla de @nutrifit.co. Con el código SOFI15 tienen 15% de descuento #publi",
     [
         (G, "short_specific", "¿cuántos gramos de proteína tiene el scoop?"),
         (G, "", "Yo lo hago igual pero con leche de almendras en vez de agua y queda más cremoso, pruébalo"),
         (G, "negative", "Ya no sé qué influencer no está patrocinado por una proteína jajaja, se nota que es #publi, igual la receta está bien"),
         (G, "sarcasm", "ah claro, 'todos los días' desde que te la regalaron ayer 😌"),
         (G, "question", "¿La de vainilla sabe muy artificial? la de chocolate de esa marca me pareció horrible"),
         (S, "", "qué chimba 💪"),
         (S, "", "Bendiciones 🙏"),
         (S, "long_generic", "Mujer eres una berraca, me encanta tu disciplina y la energía que transmites, siempre me motivas a seguir adelante, Dios te bendiga mucho 💪❤️"),
         (P, "praise_then_spam", "Muy bueno 👏👏 si quieres bajar 10 kilos en un mes sin dieta ni ejercicio escríbeme, tengo las gotas originales 💧"),
         (P, "phone_number", "VENDO PROTEÍNA A MITAD DE PRECIO 🔥 importada, domicilio en Bogotá y Medellín, WhatsApp 312 456 7890"),
     ])

post("es-p016", "VE", "youtube", "t",
     "Cover de 'Caballo Viejo' en cuatro venezolano 🇻🇪 Lo grabé en una sola toma en la sala de mi casa, mi mamá cantando los coros desde la cocina 😂",
     [
         (G, "short_specific", "¿el cuatro es de qué luthier?"),
         (G, "", "Se oye a tu mamá al fondo en el minuto 2 y me dio una nostalgia tremenda, así eran las parrandas en casa de mi abuela en Maracaibo"),
         (G, "", "Qué buen rasgueo, el golpe de joropo te sale limpiecito. Yo llevo dos años y no me sale así"),
         (G, "question", "¿Vas a hacer 'Alma Llanera' también? Sería un palo"),
         (G, "typos", "chamo q arrecho toca ese cuatro, mi papa lo escucho y se puso a llorar jajaja"),
         (S, "", "Que bello ❤️"),
         (S, "", "Excelente 👏👏👏"),
         (S, "emoji_only", "🇻🇪🇻🇪❤️"),
         (S, "long_generic", "Tienes un talento increíble, de verdad que eres un artista completo, sigue adelante que vas a llegar muy lejos, Venezuela está orgullosa de ti 🙌"),
         (P, "praise_then_spam", "Hermoso cover 🎶 ¿Quieres más visitas en tu canal? Te ofrezco 10k suscriptores reales por 30$ escríbeme"),
         (P, "follow4follow", "Hago covers también!! Suscríbete a mi canal y yo al tuyo 🎸🤝"),
     ])

post("es-p017", "MX", "youtube", "t",
     "Reseña honesta de la paleta 'Atardecer' de Bissú 🌅 $189 pesos, 12 sombras. Los mates son buenísimos, los glitters no tanto. Este video NO es patrocinado.",
     [
         (G, "short_specific", "los glitters se caen mucho?"),
         (G, "", "Ya la compré por tu video pasado y sí, el tono naranja mate es de lo mejor que tengo, pigmenta más que mi paleta de 900 pesos"),
         (G, "sarcasm", "'no es patrocinado' pero ya llevas 3 videos seguidos de Bissú 🤔 jaja no te creo nada"),
         (G, "question", "¿Se consigue en Walmart o solo en Farmacias del Ahorro?"),
         (G, "negative", "A mí los mates se me hicieron polvosos y se cuartean con el primer, la devolví"),
         (S, "", "que bonita te ves 😍"),
         (S, "", "like 👍"),
         (S, "tag_only", "@xime_pr"),
         (P, "praise_then_spam", "Te quedó hermoso el maquillaje!! 💄 Si quieres ganar dinero vendiendo maquillaje por catálogo te explico por mensaje, sin inversión 🙌"),
         (P, "collab_dm", "Hola! Somos @glowmx.cosmetics y nos encantaría mandarte productos para reseñar, escríbenos al DM 💌"),
     ])

post("es-p018", "CL", "instagram", "t",
     "Adoptamos a Pancho hace un año 🐈‍⬛ Llegó con una patita mala y hoy es el dueño de la casa. Si están pensando en adoptar, la Fundación Gatitos Valpo tiene 30 gatos esperando familia 🏡",
     [
         (G, "short_specific", "¿la fundación los entrega esterilizados?"),
         (G, "", "Qué lindo el Pancho, nosotros adoptamos a la Negrita en la misma fundación y también llegó súper flaquita, las chiquillas de ahí son un 7"),
         (G, "question", "¿Cómo quedó la patita? ¿Camina bien ahora?"),
         (G, "", "Me dieron ganas de adoptar altiro, ¿hay que ir a Valpo o los pueden llevar a Santiago?"),
         (S, "", "Qué bello 😻"),
         (S, "emoji_only", "🐈‍⬛❤️"),
         (S, "", "precioso"),
         (S, "long_generic", "Me encanta tu cuenta, siempre compartes cosas tan lindas y positivas, se nota que eres una persona de buen corazón, un abrazo grande ❤️"),
         (P, "praise_then_spam", "Hermoso gatito 😍 Vendo arena sanitaria y alimento premium con despacho a todo Chile, escríbeme al +56 9 8765 4321 🐾"),
         (P, "crypto", "Inviertan en criptomonedas con @cl.crypto.mentor 💸 yo empecé con 50 lucas y ahora tengo 2 palos"),
     ])

post("es-p019", "ES", "instagram", "t",
     "Mi setup de teletrabajo por menos de 400€ 💻 Monitor LG de 27'' que pillé en Wallapop, brazo de Amazon, teclado mecánico Keychron K2 y la silla Markus de Ikea, que tiene ya 6 años.",
     [
         (G, "short_specific", "¿switches rojos o marrones?"),
         (G, "", "La Markus es inmortal, la mía tiene 8 años y ahí sigue. Eso sí, el reposabrazos se me ha pelado"),
         (G, "sarcasm", "'por menos de 400€' sin contar el MacBook que tienes encima de la mesa, claro 😏"),
         (G, "question", "¿El monitor es 1080p o 1440p? A 27'' con 1080 se notan los píxeles, ¿no?"),
         (G, "negative", "Ese brazo de Amazon a mí se me cayó a los tres meses con un monitor de 27, ojo con el peso"),
         (S, "", "Qué guapo el setup 😍"),
         (S, "", "top"),
         (S, "emoji_only", "💻🔥"),
         (P, "collab_dm", "Hola! Nos encanta tu perfil. Somos una marca de accesorios de escritorio y buscamos embajadores 🙌 Escríbenos por DM y te contamos"),
         (P, "follow4follow", "Me sigues y te sigo?? 🙏 también subo setups"),
     ])

post("es-p020", "AR", "tiktok", "h",
     "Se viene el superclásico 🔥 Mi predicción: 2 a 1 para Boca con gol de Cavani de cabeza. ¿Quién se anima a apostar conmigo un asado?",
     [
         (G, "short_specific", "y si empatan quién pone el asado? 😂"),
         (G, "", "2 a 1 para Boca ni en tus mejores sueños, River gana 3 a 0 y Cavani ni la toca, anotá"),
         (G, "sarcasm", "Cavani de cabeza jajajaja sí claro, y yo soy Messi"),
         (G, "negative", "Dejen de hacer predicciones que después se arma cualquier cosa en los comentarios, boludos"),
         (G, "", "Yo banco el 2 a 1 pero con gol de Merentiel, el uruguayo viene enchufado"),
         (S, "", "vamos boca 💙💛"),
         (S, "", "jajaja genio"),
         (S, "emoji_only", "🔵🟡🔵🟡"),
         (P, "crypto", "Apuesten con cabeza 🧠 Yo gano todos los fines de semana con los pronósticos VIP de @apuestasfijas_arg, 100% seguro 💰"),
         (P, "giveaway_scam", "🎁 Sorteamos 2 camisetas oficiales! Entrá al link de mi perfil y completá los datos de tu tarjeta para el envío"),
     ])

# ---------------------------------------------------------------- batch 3
post("es-p021", "MX", "tiktok", "t",
     "Agua de horchata como la de los puestos 🥛 Arroz remojado toda la noche, canela en raja, leche evaporada y un poquito de vainilla. Tip: cuélenla dos veces con manta de cielo.",
     [
         (G, "short_specific", "¿cuánto arroz por litro?"),
         (G, "", "Lo de colarla dos veces es clave, yo la colaba una y siempre me quedaba arenosa. Gracias!!"),
         (G, "question", "¿Se puede hacer con leche de almendra? Soy intolerante a la lactosa"),
         (G, "sarcasm", "'como la de los puestos' pero sin el hielo del garrafón misterioso, así no cuenta 😂"),
         (G, "code_switch", "Esto es basically el rice milk que venden en Texas pero mil veces mejor, la hice y mi roomie la amó"),
         (S, "", "que rico 🤤"),
         (S, "", "quiero 😭"),
         (S, "", "Wow"),
         (S, "long_generic", "Amo tus videos, siempre me alegras el día, eres súper carismática y se ve que eres buena persona, ojalá tengas muchísimo éxito 💖✨"),
         (P, "praise_then_spam", "Se ve deliciosa 😋 Chequen mi perfil, vendo termos personalizados y hago envíos 🚚"),
         (P, "giveaway_scam", "🎉 Felicidades eres uno de los ganadores de la semana 🎉 manda mensaje a @premios.tiktok_mx para reclamar"),
     ])

post("es-p022", "ES", "youtube", "t",
     "Ruta de 7 días por Asturias en furgo 🚐 Lagos de Covadonga, Cudillero, playa de Gulpiyuri y sidra en Gijón. Os dejo el mapa y dónde dormimos gratis (y legal) en la descripción.",
     [
         (G, "short_specific", "¿A los Lagos se puede subir en furgo en agosto?"),
         (G, "", "Gulpiyuri es una pasada, la fuimos a ver con marea alta y parecía de película. Muy buen vídeo"),
         (G, "question", "¿Dónde cargasteis agua y vaciasteis grises? Nunca sé dónde hay áreas en Asturias"),
         (G, "negative", "Lo de dormir gratis en sitios que luego salen en YouTube es lo que hace que los ayuntamientos lo prohíban, un poco de cabeza"),
         (G, "sarcasm", "Sidra en Gijón y luego conducir la furgo, plan sin fisuras 🫠"),
         (S, "", "qué chulo todo"),
         (S, "emoji_only", "👏👏👏"),
         (S, "", "Me encanta vuestro canal!!"),
         (P, "self_promo", "Alquilamos campers en Madrid desde 60€/día 🚐 mira nuestro perfil para reservar"),
         (P, "follow4follow", "Suscríbete a mi canal de viajes y yo al tuyo, hay que apoyarnos 🙌"),
     ])

post("es-p023", "CO", "instagram", "t",
     "Outfit para la Feria de las Flores 🌸 Sombrero aguadeño de mi abuelo, blusa campesina que compré en la plaza de Envigado y jean de tiro alto. ¿Les gusta el contraste moderno/tradicional?",
     [
         (G, "short_specific", "¿en qué local de la plaza compraste la blusa?"),
         (G, "", "Ese sombrero aguadeño es una joya, qué bonito que lo uses, el de mi abuelo quedó guardado y ya está todo comido de polilla"),
         (G, "negative", "El contraste me gusta pero yo la hubiera usado con falda, con jean pierde un poquito lo campesino"),
         (G, "question", "¿El sombrero no te quedó grande? Los de los abuelos son re grandes jaja"),
         (S, "", "Divina 😍"),
         (S, "", "qué chimba de outfit"),
         (S, "", "hermosa 🌸"),
         (S, "tag_only", "@manu_restrepo @sara.villa"),
         (S, "long_generic", "Eres la más linda de Medellín y de todo Colombia, siempre tan auténtica y tan querida, me alegras el día con cada foto que subes, te mando un abrazo enorme 🤗💐"),
         (P, "praise_then_spam", "Preciosa 😍 Te invito a conocer nuestra tienda de ropa en mi perfil, tenemos envíos gratis a todo el país 🛍️"),
         (P, "fancy_unicode", "𝙑𝙚𝙣 𝙖 𝙫𝙚𝙧 𝙢𝙞𝙨 𝙛𝙤𝙩𝙤𝙨 𝙥𝙧𝙞𝙫𝙖𝙙𝙖𝙨 🔞 𝙡𝙞𝙣𝙠 𝙚𝙣 𝙡𝙖 𝙗𝙞𝙤"),
     ])

post("es-p024", "AR", "youtube", "t",
     "Armé una PC gamer con 900 mil pesos 🖥️ Ryzen 5 5600, RX 6600 usada de Mercado Libre y 16 GB de RAM. Corre Fortnite a 144 fps en competitivo. Lista de precios en el primer comentario.",
     [
         (G, "short_specific", "la fuente de cuántos watts es?"),
         (G, "", "La RX 6600 usada es la mejor compra que hay ahora, yo la tengo hace un año y anda joya en 1080p"),
         (G, "sarcasm", "900 mil pesos... de qué mes? porque la semana que viene sale el doble 🥲"),
         (G, "negative", "Comprar placa usada en ML es ruleta rusa, a mí me vendieron una minada que murió a los dos meses"),
         (G, "question", "Me conviene ir por el 5700X3D si después quiero jugar Warzone? o con el 5600 alcanza?"),
         (G, "typos", "q buena build maestro, yo tengo el mismo micro pero con una 1650 y kiero cambiarla"),
         (S, "", "buenísimo el video 👏"),
         (S, "", "primero 😎"),
         (S, "emoji_only", "🔥🔥"),
         (P, "praise_then_spam", "Tremendo video crack 💪 Vendo placas de video nuevas más baratas que en ML, escribime al WhatsApp 11 5432 8765"),
         (P, "crypto", "Con @mineria.arg_oficial armé mi rig y ya recupero la inversión minando, les dejo el contacto 💰📈"),
     ])

post("es-p025", "MX", "instagram", "h",
     "Corrí mi primer medio maratón en Guadalajara 🏃‍♀️ 2:14:37. Hace un año no podía correr ni 3 km sin parar. Lo que más me ayudó: entrenar por ritmo cardiaco en zona 2.",
     [
         (G, "short_specific", "¿qué tenis usaste?"),
         (G, "", "Felicidades!! yo también corrí el de Guadalajara y el último tramo estuvo durísimo con el calor"),
         (G, "question", "¿Cómo calculaste tu zona 2? Con el reloj o con alguna prueba?"),
         (G, "", "Lo de la zona 2 me cambió la vida también, al principio sentía que iba caminando pero funciona"),
         (G, "sarcasm", "'no podía correr ni 3 km' y yo que no puedo ni subir las escaleras del metro, ya ni me compares 🫠"),
         (S, "", "Eres una máquina 💪🔥"),
         (S, "", "Bravo!!"),
         (S, "long_generic", "Qué orgullo seguirte, eres un ejemplo de que todo se puede, mucha fuerza y éxito en todo lo que te propongas, te admiro un montón 🙌💖"),
         (P, "praise_then_spam", "Felicidades campeona 🥇 si quieres mejorar tus tiempos tengo suplementos importados, revisa mi perfil 💊"),
         (P, "follow4follow", "Sígueme, yo también corro!! te sigo de vuelta 🏃‍♂️"),
     ])

post("es-p026", "ES", "tiktok", "t",
     "Delineado gráfico azul eléctrico en 3 pasos 💙 Uso el Stay All Day de Stila y un pincel angulado muy fino. Si tenéis párpado encapuchado, mirad el truco del final.",
     [
         (G, "short_specific", "¿es resistente al agua?"),
         (G, "", "El truco del final para el párpado encapuchado me ha salvado la vida, llevaba años haciéndolo con los ojos cerrados y mal"),
         (G, "question", "¿Con un delineador más barato sale igual? el Stila aquí está a 25€"),
         (G, "negative", "Queda chulo en el vídeo pero con párpado encapuchado se borra en cuanto parpadeas, a mí no me ha funcionado"),
         (G, "code_switch", "Ese azul es so pretty, me lo hago para la boda de mi prima fijo"),
         (S, "", "guapísima tía 💙"),
         (S, "", "me flipa"),
         (S, "emoji_only", "💙💙💙"),
         (S, "", "qué arte"),
         (P, "collab_dm", "Hola bonita! Buscamos creadoras de contenido para nuestra marca de cosmética coreana, envíanos un DM a @kbeauty.es 🌸"),
         (P, "praise_then_spam", "Qué bonito maquillaje!! 😍 ¿Quieres ganar dinero desde casa? Mira mi perfil, te explico todo ✨"),
     ])

post("es-p027", "PE", "tiktok", "t",
     "Mi team de Pokémon para el torneo regional de Lima 🏆 Llevo a Incineroar, Flutter Mane y Urshifu. Quedé 12 de 64, ¡nada mal para mi primer torneo!",
     [
         (G, "short_specific", "¿Flutter Mane con qué naturaleza?"),
         (G, "", "12 de 64 en tu primer torneo está chévere, yo quedé 40 en el mío y casi lloro jaja"),
         (G, "question", "¿Cuándo es el próximo torneo? Quiero ir pero no sé dónde inscribirme"),
         (G, "sarcasm", "Incineroar y Flutter Mane, qué originalidad, nunca lo había visto en ningún team 😴"),
         (S, "", "buenazo 🔥"),
         (S, "", "que chevere"),
         (S, "emoji_only", "⚡⚡"),
         (P, "self_promo", "Vendo Pokémon shiny competitivos 6IV 💎 precio por DM, también cuentas de Pokémon GO"),
         (P, "fancy_unicode", "𝐒𝐢𝐠𝐮𝐞𝐦𝐞 𝐲 𝐭𝐞 𝐬𝐢𝐠𝐨 🔥 𝐫𝐞𝐬𝐩𝐨𝐧𝐝𝐨 𝐚 𝐭𝐨𝐝𝐨𝐬"),
     ])

post("es-p028", "AR", "instagram", "t",
     "Baby led weaning con Olivia, 7 meses 🥦 Hoy probó brócoli al vapor, banana aplastada y huevo duro en bastones. La cara con el brócoli lo dice todo 😂",
     [
         (G, "short_specific", "el huevo ya se lo das entero o solo la yema?"),
         (G, "", "La cara con el brócoli jajaja igual que mi hijo, ahora a los dos años lo come solo, paciencia!"),
         (G, "question", "¿No te da miedo que se ahogue? Yo arranqué BLW y me asusté con las arcadas"),
         (G, "", "Nosotros arrancamos con palta y batata al horno, son re fáciles de agarrar para ellos"),
         (G, "negative", "A los 7 meses huevo duro me parece pronto, mi pediatra dijo que esperara un poco más, cada uno sabrá"),
         (S, "", "Qué hermosa 😍"),
         (S, "", "bebota hermosa 🥰"),
         (S, "emoji_only", "🥰🥰"),
         (S, "long_generic", "Me encanta seguirte, sos una mamá re dedicada y se nota el amor con el que hacés todo, esa bebé tiene mucha suerte de tenerte, les mando muchos besos 💕"),
         (P, "praise_then_spam", "Divina la bebé 😍 Mamis, vendo porta bebés ergonómicos y ropa de algodón, miren mi perfil que hacemos envíos a todo el país 👶"),
     ])

post("es-p029", "CO", "youtube", "t",
     "Leí 'Cien años de soledad' por primera vez a los 30 y les tengo que confesar algo 📖 Me perdí con los Aurelianos en la página 80. Hice un árbol genealógico y lo dejo en el video.",
     [
         (G, "short_specific", "¿vas a ver la serie de Netflix?"),
         (G, "", "Jajaja lo de los Aurelianos nos pasó a todos, yo tuve que hacer mi propio árbol en una servilleta"),
         (G, "question", "¿El árbol lo puedes compartir en PDF? Estoy leyéndolo para el colegio"),
         (G, "", "Lo leí en Aracataca hace dos años y fue otra experiencia, recomiendo ir a la casa museo"),
         (G, "sarcasm", "¿A los 30 apenas? y uno que se lo tuvo que leer en noveno a las patadas 😂"),
         (S, "", "Excelente video"),
         (S, "", "qué bacano"),
         (S, "long_generic", "Eres de las personas más inteligentes que sigo, me encanta aprender contigo, gracias por todo tu trabajo y por compartirlo, un abrazo desde Bogotá 🤗📚"),
         (P, "collab_dm", "Hola! Somos una editorial independiente y queremos enviarte nuestros libros para que los reseñes. Escríbenos al DM 📚"),
         (P, "crypto", "Hermano, invierte en forex con el profe @jhonfx_mentor, en un mes dupliqué mi plata 📈🔥"),
     ])

post("es-p030", "MX", "youtube", "h",
     "Aprendí a tocar 'La Bikina' en trompeta en 3 meses 🎺 Sin clases, solo con tutoriales y practicando en la azotea (perdón vecinos). Ustedes díganme si ya estoy listo para el mariachi.",
     [
         (G, "short_specific", "qué boquilla usas?"),
         (G, "", "El solo del inicio te salió bien limpio, mi papá es trompetista de mariachi y dice que el vibrato está muy bien para 3 meses"),
         (G, "sarcasm", "'perdón vecinos' jajaja los vecinos ya se saben la Bikina de memoria a la fuerza"),
         (G, "negative", "Todavía te falta afinación en las notas agudas, se te va medio tono al final, pero le echas ganas"),
         (G, "question", "¿Qué tutoriales usaste? quiero aprender y no tengo para clases"),
         (S, "", "que padre 🎺"),
         (S, "", "Bravooo 👏👏"),
         (S, "", "saludos desde Monterrey"),
         (P, "praise_then_spam", "Muy bien tocado 👍 Si buscas instrumentos baratos, vendo trompetas nuevas con envío gratis, checa mi perfil 🎺"),
         (P, "follow4follow", "Me suscribo a tu canal, tú te suscribes al mío? 🙏 subo covers de rancheras"),
     ])

# ---------------------------------------------------------------- batch 4
post("es-p031", "ES", "instagram", "t",
     "Tortilla de patatas con cebolla (sí, CON cebolla 😤) 🥔 Patata monalisa, cebolla pochada 20 minutos a fuego lento y 6 huevos camperos. Jugosa por dentro, como tiene que ser.",
     [
         (G, "short_specific", "¿La patata la fríes o la confitas?"),
         (G, "", "Con cebolla siempre, y poco cuajada. Mi suegra la hace sin y en las cenas de Navidad hay guerra 😂"),
         (G, "negative", "Sin cebolla es mejor, lo siento pero la cebolla le quita todo el sabor a patata"),
         (G, "sarcasm", "Uy, ya está aquí la polémica de todos los años, ahora vienen los del chorizo 🍿"),
         (S, "", "qué pintaza"),
         (S, "", "buenísima 😋"),
         (S, "emoji_only", "🤤"),
         (S, "long_generic", "Tía eres un amor, me encanta tu cuenta y todo lo que compartes, siempre con tan buen rollo y tanta alegría, sigue así que lo estás petando 💛💛"),
         (S, "tag_only", "@martaglez_ @lucia.rmz"),
         (S, "code_switch", "omg yummy 😍 qué rica"),
         (P, "praise_then_spam", "Madre mía qué buena pinta 😍 Si te interesa ganar un dinerito extra desde casa, mira el enlace de mi perfil 💶"),
         (P, "crypto", "Yo invierto con @carlos_trader.es desde hace 3 meses y ya he sacado 4.000€, sin saber nada de bolsa 🙌📈"),
     ])

post("es-p032", "MX", "tiktok", "t",
     "Mi rutina de noche para piel mixta 🌙 Limpiador de CeraVe, niacinamida de The Ordinary y el nuevo hidratante de @dermaluz.mx (con LUZ20 tienen 20% off) #ad",
     [
         (G, "short_specific", "¿la niacinamida al 10%?"),
         (G, "", "La niacinamida de The Ordinary a mí me hizo bolitas con el protector, ¿a ti no te pasa?"),
         (G, "question", "¿El hidratante de Dermaluz deja la piel grasosa? Tengo la zona T súper grasa"),
         (G, "negative", "Otra vez CeraVe, neta parece que todos los influencers tienen contrato con ellos"),
         (G, "sarcasm", "Ah mira, otro hidratante 'que me cambió la piel' justo con código de descuento, qué casualidad 🤭"),
         (S, "", "que bonita piel 😍"),
         (S, "", "reina ✨"),
         (S, "code_switch", "piel de bebé, literally goals 😍"),
         (S, "emoji_only", "✨🧴✨"),
         (P, "praise_then_spam", "Tu piel se ve perfecta!! 😍 Yo vendo cremas coreanas originales a mejor precio, pásate por mi perfil 💕"),
         (P, "phone_number", "Distribuidora de productos de skincare al mayoreo 🧴 pedidos al WhatsApp 33 1987 6543"),
     ])

post("es-p033", "AR", "tiktok", "t",
     "Le enseñé a Toto a dar la pata en una semana 🐕 Método: premio chiquito (hígado deshidratado), sesiones de 5 minutos y nunca retarlo. Tiene 9 años, así que perro viejo SÍ aprende trucos nuevos.",
     [
         (G, "short_specific", "el hígado lo hacés vos o lo comprás?"),
         (G, "", "Mi perra tiene 11 y le enseñé a girar con el mismo método, lo de las sesiones cortas es clave"),
         (G, "question", "Y para que deje de ladrarle al timbre cómo hago? Ya probé de todo"),
         (G, "sarcasm", "Toto aprendiendo a dar la pata en una semana y yo hace tres años que no aprendo inglés 🥲"),
         (S, "", "qué divino 🥹"),
         (S, "", "jajaja re tierno"),
         (S, "emoji_only", "🐶🐶🐶"),
         (S, "tag_only", "@flor.gimenez"),
         (S, "long_generic", "Tus videos me salvan el día siempre, sos una persona re linda y se nota el amor que le tenés a los animales, gracias por existir 💛🐾"),
         (P, "praise_then_spam", "Hermoso perrito 😍 Tengo un emprendimiento de collares y chapitas personalizadas, pasá por mi perfil 🐾"),
         (P, "follow4follow", "Seguime y te sigo!! tengo un perrito igual 🐕"),
     ])

post("es-p034", "CO", "tiktok", "t",
     "Probé las 5 arepas más famosas de Bogotá 🫓 Ganó la de choclo con queso de la plaza de Paloquemao, la de la 85 es pura fama. Ranking completo en el video.",
     [
         (G, "short_specific", "¿cuánto vale la de Paloquemao?"),
         (G, "", "Paloquemao nunca falla, parce, esa arepa de choclo con cuajada es de otro mundo, voy todos los sábados"),
         (G, "negative", "¿Pusiste la de la 85 de última? Esa es la mejor de Bogotá, se nota que no sabes de arepas 😒"),
         (G, "", "Falta la arepa e' huevo de la costa, eso no es un ranking completo sin esa"),
         (G, "typos", "q tal la de la 19 con septima? esa tmb es buenisima y barata"),
         (S, "", "que hambre parce 😭"),
         (S, "", "qué bacano video"),
         (S, "emoji_only", "😋😋😋"),
         (S, "code_switch", "el mejor food content, love it 🔥"),
         (P, "praise_then_spam", "Qué rico todo 😍 Te invito a mi perfil, vendo arepas congeladas a domicilio en Bogotá, pedidos por DM 🫓"),
         (P, "giveaway_scam", "Hola, te escribimos de parte de @sorteo.bogota_oficial 🎁 fuiste seleccionado para ganar un bono de 500 mil, envíanos un mensaje"),
     ])

post("es-p035", "ES", "youtube", "h",
     "3 meses haciendo calistenia en el parque de al lado de casa 🤸 Empecé sin poder hacer ni una dominada y ahora hago 8 seguidas. Sin gimnasio, sin material, solo barras y constancia.",
     [
         (G, "short_specific", "¿Cuántos días a la semana entrenas?"),
         (G, "", "De 0 a 8 dominadas en tres meses es un pepinazo, yo estoy atascado en 4 desde hace meses"),
         (G, "question", "¿Usaste gomas de asistencia al principio o negativas? No sé por dónde empezar"),
         (G, "", "Qué bueno ver el parque lleno de gente entrenando, en el mío estoy solo y me miran raro los abuelos jaja"),
         (G, "sarcasm", "'sin material' dice mientras se cuelga de una barra a tres metros del suelo 😂"),
         (S, "", "crack 💪"),
         (S, "", "qué nivel"),
         (S, "", "vamoooos"),
         (S, "long_generic", "Eres un ejemplo para todos, tío, siempre con una actitud brutal y una energía que contagia, gracias por motivarnos, sigue así que vas a llegar lejísimos 💪🔥"),
         (P, "self_promo", "Programa de calistenia completo de 12 semanas por 19,99€ 💪 link en mi perfil, plazas limitadas"),
         (P, "fancy_unicode", "🔥 𝖁𝖊𝖓𝖙𝖆 𝖉𝖊 𝖘𝖊𝖌𝖚𝖎𝖉𝖔𝖗𝖊𝖘 🔥 𝖗𝖊𝖆𝖑𝖊𝖘 𝖞 𝖇𝖆𝖗𝖆𝖙𝖔𝖘 𝖊𝖓 𝖒𝖎 𝖕𝖊𝖗𝖋𝖎𝖑"),
     ])

post("es-p036", "MX", "instagram", "t",
     "Vestido bordado de Chiapas que me regaló mi mamá 🌺 Hecho a mano por artesanas de Zinacantán. Lo usé para la boda de mi prima en Oaxaca y todo el mundo preguntó por él.",
     [
         (G, "short_specific", "¿tienen tienda en línea las artesanas?"),
         (G, "", "Los bordados de Zinacantán son preciosos, fui a San Cristóbal el año pasado y me traje una blusa igual de flores moradas"),
         (G, "question", "¿Cómo lo lavas? Me da miedo que se destiña el bordado"),
         (G, "", "Qué bonito que uses ropa de artesanas y no fast fashion, así se apoya de verdad"),
         (S, "", "hermosa 😍🌺"),
         (S, "", "que padre vestido"),
         (S, "", "guapísima"),
         (S, "tag_only", "@ana.ruiz.m"),
         (S, "long_generic", "Siempre te ves súper bonita, tienes un estilo que me encanta y una vibra muy linda, eres de mis favoritas aquí, te mando muchas bendiciones 💕🙏"),
         (P, "praise_then_spam", "Divina!! 😍 Checa mi perfil, vendemos ropa bordada al mayoreo y menudeo desde Chiapas, envíos a todo México 🌸"),
         (P, "collab_dm", "Hola linda 💌 Queremos proponerte ser embajadora de nuestra marca de joyería de plata, escríbenos a @plata.taxco_mx para más detalles"),
     ])

post("es-p037", "CL", "youtube", "t",
     "¿Vale la pena Starlink en el sur de Chile? 🛰️ Lo instalé en una parcela cerca de Puerto Varas. Velocidad promedio 120 Mbps, con lluvia baja a 60. Les cuento el costo real.",
     [
         (G, "short_specific", "¿cuánto sale la mensualidad?"),
         (G, "", "Tengo una cabaña en Chiloé y con Starlink por fin puedo trabajar desde allá, con temporal se corta un ratito nomás"),
         (G, "question", "¿Con la nieve no se tapa la antena? En invierno cae harta en mi zona"),
         (G, "negative", "Igual es harta plata para lo que es, y eso de depender de Elon Musk no me convence mucho"),
         (G, "sarcasm", "'con lluvia baja a 60' o sea que en Puerto Varas anda a 60 los 365 días del año po 😂"),
         (S, "", "Buen video"),
         (S, "emoji_only", "👍"),
         (S, "", "bacán"),
         (P, "crypto", "Invierte en Tesla y SpaceX con nuestro grupo de trading 🚀 ganancias diarias garantizadas, escribe a @elon.invest_chile"),
         (P, "follow4follow", "suscribanse a mi canal 🙏 subo videos de tecnologia tambien, devuelvo sub"),
     ])

post("es-p038", "AR", "instagram", "t",
     "Primera vez tocando en vivo con la banda en un bar de San Telmo 🎸 Hicimos 6 temas propios y un cover de Soda. Éramos 40 personas pero gritaron como si fueran 4000 🤘",
     [
         (G, "short_specific", "qué tema de Soda hicieron?"),
         (G, "", "Estuve ahí!! el segundo tema propio estuvo buenísimo, el del estribillo que repite 'no vuelvo'"),
         (G, "", "Qué lindo arrancar así, en bares chiquitos. Avisen la próxima fecha que voy con amigos"),
         (G, "sarcasm", "40 personas, 38 eran familiares y 2 los del bar, no mientan 😂 igual felicitaciones"),
         (G, "code_switch", "El cover de Soda fue tremendo, next level che 🤘"),
         (S, "", "vamooo 🔥"),
         (S, "", "genios"),
         (S, "emoji_only", "🎸🤘🔥"),
         (S, "tag_only", "@nico_bajista"),
         (P, "praise_then_spam", "Buenísimo!! 👏 Si quieren grabar un disco a precio de amigo tengo estudio en Palermo, escríbanme por privado 🎙️"),
         (P, "self_promo", "Vendo entradas para Coldplay 🎟️ precio de reventa, escribime al DM"),
     ])

post("es-p039", "PE", "instagram", "t",
     "Cómo organizamos las tareas de casa con 3 hijos 🧺 Cada uno tiene un cuadro con stickers: el de 8 pone la mesa, el de 6 ordena los zapatos y la de 4 le da de comer al gato. Funciona (casi siempre 😅)",
     [
         (G, "short_specific", "¿les das propina por las tareas?"),
         (G, "", "Nosotros hicimos algo parecido pero con chapitas y al final de la semana las cambian por un helado, funcionó buenazo"),
         (G, "question", "¿Dónde compraste el cuadro de stickers? o lo hiciste tú?"),
         (G, "sarcasm", "la de 4 dándole de comer al gato, el gato: por favor ayúdenme 😂"),
         (G, "negative", "No sé, a mí no me gusta lo de premiar por tareas de casa, deberían hacerlo porque viven ahí y ya"),
         (S, "", "Qué lindos tus hijos 😍"),
         (S, "", "Bendiciones 🙏🙏"),
         (S, "long_generic", "Admiro muchísimo a las mamás como tú, siempre con tanto amor y paciencia, eres un ejemplo a seguir, que Dios te siga dando fuerzas para todo 💕"),
         (S, "emoji_only", "❤️❤️"),
         (P, "praise_then_spam", "Qué organizada 😍 Mamá, ¿quieres ganar dinero sin salir de casa? Yo lo hago con mi celular 2 horas al día, escríbeme 💸"),
     ])

post("es-p040", "MX", "youtube", "h",
     "Jugué 100 días en Minecraft hardcore 🧟 Construí una base en el Nether y maté al Ender Dragon el día 87. Casi muero 3 veces con creepers 😭",
     [
         (G, "short_specific", "qué versión jugaste?"),
         (G, "", "Lo del día 62 con el creeper en la granja casi me da un infarto, pensé que se acababa la serie ahí"),
         (G, "question", "¿Vas a hacer 100 días en el Aether o algo así? Estaría chido"),
         (G, "sarcasm", "'casi muero 3 veces' y en una fue por caerte en tu propio hoyo wey 🤣"),
         (G, "negative", "Se nota que editaste lo de la muerte del minuto 30, el corte está rarísimo, no mientas"),
         (S, "", "primer comentario!!"),
         (S, "", "buen video bro 🔥"),
         (S, "", "saludos"),
         (S, "emoji_only", "😂😂😂"),
         (S, "typos", "ke buen video crack sigue asi"),
         (P, "follow4follow", "SUSCRIBANSE A MI CANAL 🙏🙏 estoy a 200 de llegar a mil, devuelvo sub 100%"),
         (P, "giveaway_scam", "Sorteo de 10 cuentas de Minecraft premium 🎁 solo entra a mi perfil y pon tu correo y contraseña para participar"),
     ])

# ---------------------------------------------------------------- batch 5
post("es-p041", "CO", "instagram", "t",
     "Mi monstera pasó de 3 hojas a 14 en un año 🌿 Tierra con perlita y corteza de pino, riego cada 10 días y luz indirecta del balcón. Lo único que no me funcionó fue el tutor de musgo.",
     [
         (G, "short_specific", "¿qué abono le echas?"),
         (G, "", "El tutor de musgo a mí tampoco me funcionó, se me llenó de mosquitos, ahora uso uno de fibra de coco y va mejor"),
         (G, "question", "¿Las hojas nuevas ya te salen con los huequitos o todavía salen enteras?"),
         (G, "code_switch", "Plant goals total, la mía está toda triste con hojas amarillas 😭 será el riego?"),
         (S, "", "qué linda 🌿"),
         (S, "", "bellaaa"),
         (S, "emoji_only", "🌱🌱"),
         (S, "long_generic", "Me encanta tu energía, siempre compartes cosas tan bonitas y tranquilas, tu cuenta es como un respiro en medio de todo, gracias por existir de verdad 🌿💚"),
         (S, "tag_only", "@cami.plantas"),
         (P, "praise_then_spam", "Preciosa planta 😍 Vendo monsteras variegadas y albo a buen precio, envíos a toda Colombia, mira mi perfil 🌱"),
         (P, "follow4follow", "sigueme y te sigo, tambien amo las plantas 🌿🔁"),
     ])

post("es-p042", "ES", "tiktok", "t",
     "Fui al concierto de Rosalía en el WiZink y os cuento todo 🎤 Abrió con 'Saoko', hizo 'Hentai' sentada al piano y al final cantó 'La noche de anoche' con medio pabellón llorando.",
     [
         (G, "short_specific", "¿En qué fila estabas?"),
         (G, "", "Yo estuve el segundo día y lo del piano en 'Hentai' se me puso la piel de gallina, qué voz tiene en directo"),
         (G, "negative", "Mucho show pero la mitad del concierto con playback, me esperaba más por 90€ la entrada"),
         (G, "sarcasm", "Medio pabellón llorando y la otra mitad grabando con el móvil, como Dios manda 📱"),
         (G, "code_switch", "Lo de 'Saoko' de opening was iconic, no me lo esperaba para nada"),
         (S, "", "qué envidia tía 😭"),
         (S, "", "ídolaaa"),
         (S, "emoji_only", "😍😍😍"),
         (S, "", "brutal"),
         (P, "self_promo", "Vendo 2 entradas para el concierto del sábado a precio original 🎫 escríbeme por privado"),
         (P, "fancy_unicode", "𝑮𝒂𝒏𝒂 𝒆𝒏𝒕𝒓𝒂𝒅𝒂𝒔 𝑽𝑰𝑷 🎤 𝒔𝒊𝒈𝒖𝒆 𝒆𝒍 𝒍𝒊𝒏𝒌 𝒅𝒆 𝒎𝒊 𝒑𝒆𝒓𝒇𝒊𝒍"),
     ])

post("es-p043", "MX", "youtube", "t",
     "Mi Tsuru 2012 llegó a 400 mil kilómetros 🚗 Nunca le han abierto el motor, solo afinaciones cada 10 mil y aceite 20W50. ¿El carro más indestructible de México? Debatan.",
     [
         (G, "short_specific", "¿Es estándar o automático?"),
         (G, "", "El Tsuru de mi papá tiene 380 mil y sigue jalando, lo único que se le acabó fue el clutch dos veces"),
         (G, "sarcasm", "indestructible hasta que chocas y se vuelve una lata de atún 💀"),
         (G, "negative", "Indestructible sí, seguro no. Cero estrellas en pruebas de choque, por algo dejaron de hacerlo"),
         (G, "question", "¿20W50 con ese kilometraje o ya le pondrías uno más grueso? mi mecánico dice otra cosa"),
         (G, "code_switch", "El Tsuru es el Corolla de México, bro, those things never die"),
         (S, "", "que chido carro"),
         (S, "", "saludos desde Puebla"),
         (S, "emoji_only", "🚗🔥"),
         (P, "praise_then_spam", "Buen video 👍 Compramos autos usados en efectivo, cualquier estado, llámanos al 81 2233 4455 🚗"),
         (P, "crypto", "Con lo que gané en criptos con @cripto_mx_oficial ya me compré un carro nuevo 🚘💰 pregúntenle"),
     ])

post("es-p044", "AR", "youtube", "t",
     "Asado para 10 personas con 25 lucas por cabeza 🔥 Vacío, entraña, chorizos y morcilla. El secreto del vacío: 2 horas a fuego bajo, grasa para abajo y sal gruesa al final.",
     [
         (G, "short_specific", "cuántos kilos de vacío compraste?"),
         (G, "", "La sal al final es fundamental, mi viejo la pone al principio y siempre queda seco, le voy a mostrar el video"),
         (G, "negative", "Sin provoleta no es asado completo, te faltó eso y la ensalada rusa"),
         (G, "sarcasm", "25 lucas por cabeza... con la inflación ahora te alcanza para una morcilla y media por persona 🥲"),
         (G, "question", "¿Leña o carbón? Parece leña de quebracho"),
         (S, "", "qué pintaaa"),
         (S, "", "buenísimo"),
         (S, "emoji_only", "🔥🥩🔥"),
         (S, "long_generic", "Sos un genio total, tus videos son los mejores de YouTube, siempre aprendo algo y me cago de risa, seguí así que sos un fenómeno hermano 👏👏"),
         (S, "tag_only", "@tomi_ferreyra 👀"),
         (P, "self_promo", "Parrillas de hierro a medida 🔥 envíos a todo el país, mirá nuestro catálogo en el perfil"),
         (P, "praise_then_spam", "Espectacular ese asado 🤤 Si querés ganar dólares desde tu casa escribime, te enseño gratis 💵"),
     ])

post("es-p045", "VE", "instagram", "h",
     "Me corté el pelo bob después de 10 años con el pelo largo ✂️ Lo doné a una fundación que hace pelucas para niños con cáncer. La peluquera de Chacao me dijo que eran 35 cm.",
     [
         (G, "short_specific", "¿a qué fundación lo donaste?"),
         (G, "", "Qué bonito gesto, yo doné el mío el año pasado y es lo mejor que he hecho, además el bob te quedó demasiado bien"),
         (G, "question", "¿Hay que llevarlo en trenza o suelto para donarlo? Quiero hacerlo también"),
         (G, "", "35 cm chama!! yo no me atrevo ni a cortarme las puntas jajaja, qué valiente"),
         (S, "", "bella 😍"),
         (S, "", "te queda divino"),
         (S, "", "hermosaaa"),
         (S, "emoji_only", "💇‍♀️✨"),
         (S, "long_generic", "Eres una mujer maravillosa por dentro y por fuera, siempre transmites tanta paz y tanta luz, que Dios te bendiga siempre amiga, te quiero mucho 💖🙏"),
         (P, "praise_then_spam", "Te ves hermosa 😍 Compro cabello natural, pago en dólares, escríbeme al +58 414 555 2390 💇‍♀️"),
         (P, "giveaway_scam", "🎊 ¡Ganaste una gift card de 100$! Reclama tu premio en el link de nuestro perfil @regalos.vzla_oficial antes de las 12"),
     ])

post("es-p046", "CO", "youtube", "t",
     "Subí el Alto de Letras en bici 🚴 80 km de subida desde Mariquita, 6 horas y 40 minutos, 3 arepas y 2 bocadillos. El kilómetro final con niebla fue lo más duro de mi vida.",
     [
         (G, "short_specific", "¿Qué relación de piñones llevaba?"),
         (G, "", "Hermano yo lo subí en marzo y también me agarró la niebla arriba en Letras, no se veía nada, qué berraquera"),
         (G, "question", "¿Hay tiendas en el camino para comprar agua o hay que llevar todo?"),
         (G, "", "6 horas 40 para la primera vez está buenísimo, yo me demoré más de 8 y casi me bajo en Fresno"),
         (G, "sarcasm", "3 arepas y 2 bocadillos, o sea que lo de subir Letras era la excusa para comer 😂"),
         (S, "", "qué berraco 💪"),
         (S, "", "Qué video tan bacano"),
         (S, "emoji_only", "🚴‍♂️🔥"),
         (S, "code_switch", "mad respect parce 🙌"),
         (P, "self_promo", "Bicicletas de ruta de carbono importadas a mitad de precio 🚴 revisa mi perfil"),
         (P, "follow4follow", "Suscríbete a mi canal de ciclismo y te devuelvo la suscripción 🚴‍♂️🤝"),
     ])

post("es-p047", "MX", "instagram", "t",
     "Fin de semana en Valle de Guadalupe 🍷 Nos quedamos en @casavinos.valle (código VALLE10 para 10% en su web), fuimos a 3 viñedos y comimos en un restaurante de campo increíble. #publicidad",
     [
         (G, "short_specific", "¿qué viñedos visitaron?"),
         (G, "negative", "El Valle está cada vez más caro, fui en 2019 y las catas costaban la mitad, ya se volvió bien pretencioso"),
         (G, "question", "¿Se puede ir sin carro desde Ensenada o hay que rentar?"),
         (G, "sarcasm", "'fin de semana tranquilo' con código de descuento y todo, se ve bien relajado el trabajo 😏"),
         (G, "code_switch", "Fuimos en junio y el rosado de ahí es so good, pero la carretera de noche da miedo"),
         (S, "", "qué bonito lugar 😍"),
         (S, "", "me encanta!!"),
         (S, "tag_only", "@sofi_cm @paty.glz 👀"),
         (P, "praise_then_spam", "Qué viaje tan hermoso 😍 Si quieres viajar gratis como yo, únete a mi equipo de agencia de viajes desde casa, info en mi perfil ✈️"),
         (P, "giveaway_scam", "Felicidades 🎉 ganaste una noche gratis en nuestro hotel, solo da clic en el link de nuestra bio y deja tus datos 🍷"),
     ])

post("es-p048", "ES", "instagram", "t",
     "Este mes en el club de lectura leímos 'Fortunata y Jacinta' 📚 900 páginas de Galdós en 4 semanas. Confesión: me quedé en la 600. ¿Quién lo ha terminado?",
     [
         (G, "short_specific", "¿Qué edición es? ¿la de Cátedra?"),
         (G, "", "Yo lo terminé hace años y te prometo que lo de Mauricia la Dura compensa todo, no lo dejes"),
         (G, "sarcasm", "900 páginas en 4 semanas, el club de lectura se lo ha tomado con calma, ¿eh? 😅"),
         (G, "negative", "Galdós es lo más, pero para un club de lectura me parece demasiado, la mitad se queda por el camino seguro"),
         (G, "question", "¿Cómo funciona vuestro club? ¿Es en Madrid o online?"),
         (S, "", "qué bonita foto 📚"),
         (S, "", "me encanta tu feed"),
         (S, "emoji_only", "❤️📖"),
         (S, "long_generic", "Qué bonita eres y qué bien hablas siempre de todo, me encanta tu contenido, eres súper inspiradora y se nota que tienes una sensibilidad especial ✨"),
         (P, "collab_dm", "¡Hola! Soy autora independiente y me encantaría enviarte mi novela para que la reseñes 💕 Te escribo al DM"),
         (P, "follow4follow", "Sígueme para más contenido literario, te sigo de vuelta 📚"),
     ])

post("es-p049", "AR", "tiktok", "t",
     "Yoga para la espalda baja si laburás sentado 8 horas 🧘 Gato-vaca, niño, paloma y torsión acostado. 10 minutos antes de dormir y se me fue el dolor en 2 semanas.",
     [
         (G, "short_specific", "la paloma sirve si tengo ciática?"),
         (G, "", "Lo hice anoche y dormí como un bebé, la torsión acostada me hizo crujir toda la espalda, re recomendable"),
         (G, "question", "¿Se puede hacer a la mañana o tiene que ser antes de dormir sí o sí?"),
         (G, "negative", "Ojo con recomendar esto para el dolor de espalda así en general, si es hernia algunas posturas empeoran, consulten al kinesiólogo"),
         (S, "", "gracias 🙏"),
         (S, "", "lo necesitaba"),
         (S, "emoji_only", "🧘‍♀️✨"),
         (S, "long_generic", "Gracias por todo lo que compartís, tu contenido me hace re bien, sos una persona luminosa y eso se transmite, te mando un abrazo gigante 💜"),
         (P, "praise_then_spam", "Qué bueno 🙏 Chicas tengo un té detox que quema grasa mientras dormís, escribime y te paso precio 🍵"),
         (P, "fancy_unicode", "𝕄𝕚𝕣𝕒́ 𝕞𝕚𝕤 𝕧𝕚𝕕𝕖𝕠𝕤 𝕖𝕩𝕔𝕝𝕦𝕤𝕚𝕧𝕠𝕤 🔥 𝕝𝕚𝕟𝕜 𝕖𝕟 𝕓𝕚𝕠"),
     ])

post("es-p050", "MX", "tiktok", "h",
     "Le puse Linux Mint a la laptop vieja de mi mamá (una HP de 2014 con 4 GB de RAM) 🐧 Ahora prende en 20 segundos y ya puede ver sus novelas en YouTube sin que se trabe.",
     [
         (G, "short_specific", "¿le cambiaste el disco a SSD?"),
         (G, "", "Hice lo mismo con la de mi abuelo y lo único que le costó fue encontrar dónde estaba el botón de apagar jaja"),
         (G, "question", "¿Y si tu mamá usa Word? ¿LibreOffice le sirvió o se desespera?"),
         (G, "sarcasm", "Ahora tu mamá es hacker, ya nomás le falta compilar su propio kernel 🤓"),
         (G, "code_switch", "Linux Mint es el GOAT para laptops viejas, literal revive todo"),
         (S, "", "jajaja que bueno"),
         (S, "", "crack"),
         (S, "emoji_only", "👏👏"),
         (P, "self_promo", "Reparación de laptops y celulares a domicilio en CDMX 💻 cotiza por DM"),
         (P, "crypto", "Deja de perder tiempo con laptops viejas y ponte a invertir, yo gano 500 dólares diarios con @trading.mx_academy 💸"),
     ])

# ---------------------------------------------------------------- batch 6
post("es-p051", "ES", "youtube", "t",
     "Análisis de EA Sports FC 25 tras 50 horas en Ultimate Team ⚽ Las evoluciones están bien, pero el mercado está roto y los sobres son un robo. Nota: 6/10.",
     [
         (G, "short_specific", "¿Lo has jugado en PC o en PS5?"),
         (G, "", "Totalmente de acuerdo con lo de los sobres, me he dejado 40 pavos y me ha salido un oro de 84 😤"),
         (G, "negative", "Un 6 es demasiado generoso para el mismo juego de todos los años con otra portada"),
         (G, "code_switch", "Las evoluciones are actually fun, pero el gameplay en Rivals es un desastre"),
         (S, "", "buen análisis"),
         (S, "", "primero 🔥"),
         (S, "emoji_only", "👍👍👍"),
         (P, "praise_then_spam", "Muy buen vídeo tío 👌 Vendo monedas de FC 25 baratas y seguras, entra a mi perfil 💰"),
         (P, "fancy_unicode", "🎁 𝒮𝑜𝓇𝓉𝑒𝑜 𝒹𝑒 𝒫𝒮𝟧 🎁 𝓈𝒾𝑔𝓊𝑒𝓂𝑒 𝓎 𝓂𝒶𝓃𝒹𝒶 𝒟𝑀"),
     ])

post("es-p052", "CO", "tiktok", "t",
     "Mi parto en casa en Cali con partera 🤍 14 horas de trabajo de parto, piscina inflable en la sala y mi esposo llorando más que yo. No es para todas, pero para mí fue lo más bonito.",
     [
         (G, "short_specific", "¿cuánto cobra la partera?"),
         (G, "", "Yo tuve a mi segunda en casa también en Cali y fue otra cosa comparado con la clínica, felicitaciones mamá 🤍"),
         (G, "negative", "Con todo respeto, parir en casa es un riesgo innecesario, si algo sale mal no hay quirófano cerca"),
         (G, "sarcasm", "el esposo llorando más que tú, clásico, y seguro también dijo que estaba cansado 🙄"),
         (S, "", "bendiciones 🙏🤍"),
         (S, "long_generic", "Qué mujer tan linda y tan fuerte, te admiro muchísimo, eres una guerrera y una inspiración para todas las mujeres, Dios te bendiga a ti y a tu familia siempre 🤍✨"),
         (S, "", "Hermoso"),
         (P, "praise_then_spam", "Felicidades mamá 💕 Vendo fajas postparto colombianas con envío gratis, escríbeme al WhatsApp 310 222 8899"),
         (P, "collab_dm", "Hola mami 🤍 Nos encantaría que fueras embajadora de nuestra marca de pañales ecológicos, escríbenos a @panalitos.eco_co"),
     ])

post("es-p053", "MX", "instagram", "t",
     "Pozole rojo vegano 🌶️ En lugar de carne: setas ostra deshebradas y garbanzo. Caldo de chile guajillo y ancho, maíz pozolero y todos los toppings: rábano, lechuga, orégano y tostadas.",
     [
         (G, "short_specific", "las setas las doras antes?"),
         (G, "", "Lo hice para mi familia y nadie notó que no tenía carne hasta que les dije jajaja, las setas quedan idénticas"),
         (G, "negative", "Pozole sin carne de puerco no es pozole, es sopa de maíz, con todo respeto"),
         (G, "question", "¿Cuánto tiempo cueces el maíz pozolero si lo compro seco?"),
         (G, "typos", "se ve bn rico, yo le pondria tmb un poquito de comino al caldo"),
         (S, "", "que rico"),
         (S, "emoji_only", "😋🌶️"),
         (S, "code_switch", "omg se ve delicious 🤤"),
         (P, "praise_then_spam", "Se ve riquísimo 😍 Amigas, vendo productos de Herbalife para bajar de peso, manden mensaje 🌿"),
         (P, "crypto", "La señora @ana_invierte.mx me cambió la vida, invertí 2 mil pesos y a los 7 días recibí 18 mil 🙏 escríbanle"),
     ])

post("es-p054", "AR", "instagram", "t",
     "Todo lo que tengo puesto es de feria americana 🧥 Campera de cuero $8000, jean Levi's 501 $5000 y botas texanas $12000. Nada de fast fashion, todo con historia.",
     [
         (G, "short_specific", "qué feria? la de Palermo?"),
         (G, "", "Los 501 en feria son lo mejor que hay, yo tengo tres y ninguno me salió más de 6 lucas"),
         (G, "sarcasm", "$8000 la campera de cuero? en qué año, en 2019? 😂"),
         (G, "question", "¿Cómo limpiás el cuero si viene medio gastado? La mía tiene olor a guardado"),
         (S, "", "qué facha"),
         (S, "", "amo"),
         (S, "emoji_only", "🔥🔥🔥"),
         (S, "tag_only", "@sofi.vintage"),
         (P, "self_promo", "Tenemos feria online con ropa de marca usada 🛍️ mirá nuestro perfil, envíos a todo el país"),
         (P, "follow4follow", "seguime y te sigo 🫶"),
     ])

post("es-p055", "PE", "youtube", "h",
     "Camino Inca clásico en 4 días 🏔️ 42 km, el paso de Warmiwañusca a 4215 metros y llegada a Machu Picchu por la Puerta del Sol al amanecer. Costo: 750 dólares con agencia en Cusco.",
     [
         (G, "short_specific", "¿con cuánto tiempo reservaron?"),
         (G, "", "Warmiwañusca es brutal, yo llegué arriba con las piernas temblando y mascando coca como loco, pero la llegada por la Puerta del Sol lo vale todo"),
         (G, "question", "¿Los porteadores cargan también la mochila personal o solo las carpas?"),
         (G, "negative", "750 dólares y los porteadores ganan una miseria, ojalá la gente pregunte cuánto les pagan antes de elegir agencia"),
         (S, "", "Que bonito mi Perú 🇵🇪"),
         (S, "", "espectacular 😍"),
         (S, "long_generic", "Eres un gran viajero y una persona muy inspiradora, me encanta cómo cuentas todo y la energía positiva que tienes, sigue recorriendo el mundo y compartiéndolo con nosotros 🙌🌎"),
         (P, "praise_then_spam", "Qué buen video 👏 Hacemos tours a Machu Picchu más baratos que las agencias, WhatsApp +51 984 123 456"),
         (P, "giveaway_scam", "🎉 FELICIDADES 🎉 Ganaste un viaje a Cusco, contacta a @peru_sorteos.oficial para reclamar antes de 24 horas"),
     ])

post("es-p056", "ES", "instagram", "t",
     "Tener un galgo rescatado es esto 🐕 Duerme 18 horas, tiene miedo a las bolsas de plástico y corre a 60 km/h durante exactamente 30 segundos. Lola, 6 años, adoptada en Galgos del Sur.",
     [
         (G, "short_specific", "¿se lleva bien con gatos?"),
         (G, "", "Los galgos son los perros más buenos del mundo, el mío también le tenía pánico a las bolsas, con el tiempo se le pasó un poco"),
         (G, "", "Gracias por dar visibilidad a la adopción de galgos, lo que les hacen algunos galgueros al acabar la temporada es una vergüenza"),
         (G, "sarcasm", "18 horas durmiendo, un galgo es básicamente yo en agosto 😴"),
         (S, "", "qué preciosidad"),
         (S, "", "Lola guapa 😍"),
         (S, "emoji_only", "🐕❤️"),
         (P, "praise_then_spam", "Qué bonita!! 😍 Si quieres ganar dinero paseando perros apúntate a nuestra app, link en perfil 🐾"),
         (P, "follow4follow", "Sígueme, subo fotos de mi galga todos los días, te sigo de vuelta 🐕"),
     ])

post("es-p057", "CO", "instagram", "t",
     "Unboxing del Samsung A55 que compré por Mercado Libre 📦 Llegó en 2 días a Barranquilla, sellado y con factura. Primera impresión: la pantalla es espectacular pero el lector de huellas es lento.",
     [
         (G, "short_specific", "¿en cuánto te salió?"),
         (G, "", "Yo lo tengo desde hace 3 meses y sí, el lector de huella es lento, mejora un poco si registras el mismo dedo dos veces"),
         (G, "question", "¿Es la versión de 256 o de 128? ¿La diferencia de precio vale la pena?"),
         (G, "code_switch", "El A55 es buen phone pero honestly por ese precio me voy por un Pixel 7a usado"),
         (S, "", "bacano"),
         (S, "", "qué chimba ese cel"),
         (S, "emoji_only", "👌"),
         (P, "praise_then_spam", "Muy buen unboxing 👌 Yo vendo celulares Samsung originales más baratos que Mercado Libre, escríbeme al 300 987 6543"),
         (P, "crypto", "Si quieren plata para comprarse el celular que quieran, inviertan con @criptocolombia.pro, yo ya voy en 3 millones 📈"),
     ])

post("es-p058", "MX", "tiktok", "t",
     "Bajé 12 kilos en 8 meses sin dejar las tortillas 🌮 Déficit calórico pequeño, 10 mil pasos diarios y pesas 3 veces por semana. Nada de tés, fajas ni pastillas.",
     [
         (G, "short_specific", "¿cuántas tortillas al día?"),
         (G, "", "Gracias por decir lo de las tortillas, todo el mundo me decía que las dejara y así no se puede vivir en México jaja"),
         (G, "question", "¿Cómo calculaste tu déficit? ¿Con una app?"),
         (G, "sarcasm", "'sin tés ni pastillas' y abajo los comentarios llenos de gente vendiendo tés y pastillas 😂"),
         (S, "", "wow felicidades 👏"),
         (S, "", "que bien te ves!!"),
         (S, "long_generic", "Eres súper inspiradora, de verdad gracias por compartir tu proceso con nosotros, me motivas muchísimo a ser mejor cada día, te mando un abrazo enorme 💪💕"),
         (P, "praise_then_spam", "Felicidades!! 🎉 Yo bajé 15 kilos en un mes con estas cápsulas naturales, te paso info por DM 💊"),
         (P, "phone_number", "Té adelgazante 100% natural 🍵 resultados en 7 días, pedidos por WhatsApp 55 3344 1122"),
         (P, "fancy_unicode", "𝘽𝙖𝙟𝙖 𝙙𝙚 𝙥𝙚𝙨𝙤 𝙨𝙞𝙣 𝙙𝙞𝙚𝙩𝙖 ✨ 𝙡𝙞𝙣𝙠 𝙚𝙣 𝙢𝙞 𝙗𝙞𝙤"),
     ])

post("es-p059", "AR", "youtube", "t",
     "Reseña de 'Nuestra parte de noche' de Mariana Enriquez 🖤 700 páginas de terror, dictadura y una familia que te pone la piel de gallina. Mi libro del año, sin dudas.",
     [
         (G, "short_specific", "¿Hay que leer algo de ella antes?"),
         (G, "", "La parte de Rosario en los 60 me pareció la mejor del libro, aunque el final con Gaspar me dejó medio vacía"),
         (G, "negative", "A mí se me hizo eterno, las primeras 200 páginas son geniales pero después se estira un montón"),
         (G, "question", "¿Si me dio miedo 'Las cosas que perdimos en el fuego' me lo recomendás o es más heavy?"),
         (S, "", "Gran video"),
         (S, "", "me encanta tu canal ❤️"),
         (S, "emoji_only", "🖤📚"),
         (P, "collab_dm", "Hola! Soy escritora de terror independiente y me encantaría que leyeras mi novela, te escribí por mail 🙏"),
         (P, "follow4follow", "Me suscribí!! pasate por mi canal de reseñas también 🙌 nos apoyamos"),
     ])

post("es-p060", "ES", "tiktok", "h",
     "Probé el colorete líquido de Rare Beauty que está agotado en todas partes 🌸 Tono 'Hope'. Una gota para las dos mejillas, en serio, no pongáis más.",
     [
         (G, "short_specific", "¿Dónde lo has encontrado?"),
         (G, "", "Lo de una gota es real, yo puse dos el primer día y parecía Heidi 😂"),
         (G, "question", "¿El tono Hope sirve para piel muy clara o queda muy fuerte?"),
         (G, "negative", "No entiendo el hype, por 8€ tienes uno de Kiko que dura lo mismo y pigmenta igual"),
         (S, "", "qué guapa"),
         (S, "", "monísima 🌸"),
         (S, "code_switch", "obsessed con este look 😍"),
         (S, "emoji_only", "💕💕💕"),
         (P, "praise_then_spam", "Te queda precioso 😍 Tenemos Rare Beauty original al 50%, entra en el link de nuestro perfil 🌸"),
         (P, "giveaway_scam", "🎀 Sorteo de 3 kits de Rare Beauty 🎀 has sido elegida, escribe a @rarebeauty.sorteos_es para recibirlo"),
     ])

post("es-p061", "VE", "tiktok", "t",
     "Arepas reina pepiada como las de mi abuela en Caracas 🥑 Pollo desmechado, aguacate bien maduro, mayonesa y cilantro picadito. La masa: harina P.A.N., agua tibia y sal, nada más.",
     [
         (G, "short_specific", "¿la pechuga la sancochas con qué?"),
         (G, "", "Chama la reina pepiada es lo que más extraño de Venezuela, ahora vivo en Madrid y no me quedan igual ni de broma"),
         (G, "", "Mi abuela le ponía un poquito de cebolla picada a la mezcla, pruébalo así una vez"),
         (G, "sarcasm", "'nada más' dice, y a mí la masa siempre se me agrieta por los bordes, algo me estás escondiendo 🤨"),
         (S, "", "que rico 😍"),
         (S, "", "provechoo"),
         (S, "tag_only", "@gabo_rdz"),
         (P, "praise_then_spam", "Que sabroso se ve 🤤 Pana si quieres ganar en dólares desde tu casa escríbeme, trabajo 100% online 💵"),
         (P, "phone_number", "Harina PAN al mayor 📦 envíos a todo Caracas, pedidos al 0412 345 6789"),
     ])

post("es-p062", "CL", "tiktok", "t",
     "Me tiré en parapente en Iquique desde el cerro Dragón 🪂 18 minutos de vuelo sobre la ciudad y aterrizaje en la playa Cavancha. Costó 60 lucas con instructor.",
     [
         (G, "short_specific", "¿hay límite de peso?"),
         (G, "", "Yo lo hice el año pasado y el despegue del cerro Dragón es lo más terrorífico, después es pura paz"),
         (G, "question", "¿Te dieron el video o hay que pagarlo aparte?"),
         (G, "code_switch", "Lo hice en enero, best experience ever, aunque casi vomito en el aterrizaje jaja"),
         (S, "", "que bacán 😍"),
         (S, "", "wooow"),
         (S, "emoji_only", "🪂🔥"),
         (S, "long_generic", "Eres demasiado aventurera, me encanta todo lo que haces y cómo disfrutas la vida, contagias muy buena vibra, sigue así que eres lo máximo 💫"),
         (P, "self_promo", "Vuela en parapente con nosotros 🪂 precios desde 45 mil, agenda en nuestro perfil"),
         (P, "crypto", "Mientras ustedes vuelan yo gano con criptomonedas 🚀 el profe @cl_inversor me enseñó todo, escríbanle"),
     ])

# ---------------------------------------------------------------- batch 7
post("es-p063", "MX", "instagram", "t",
     "Uñas de Día de Muertos 💀🌼 Calaveritas pintadas a mano con pincel liner, fondo naranja cempasúchil y top coat mate. 2 horas y media de trabajo en mi salón de Toluca.",
     [
         (G, "short_specific", "¿cuánto cobras por ese diseño?"),
         (G, "", "El fondo naranja cempasúchil con el mate se ve bien elegante, mi manicurista nunca me lo deja así de limpio"),
         (G, "question", "¿El top coat mate no se pone amarillo con los días?"),
         (G, "code_switch", "Están super cute, mañana te agendo cita para Halloween 🎃"),
         (S, "", "hermosas 😍"),
         (S, "", "que lindas uñas"),
         (S, "emoji_only", "💅💅💅"),
         (S, "tag_only", "@vane.nails"),
         (P, "praise_then_spam", "Bellísimas 😍 Vendo kits de uñas acrílicas al mayoreo, checa mi perfil y pide tu catálogo 💅"),
         (P, "follow4follow", "sígueme y te sigo, también soy manicurista 💅🔁"),
     ])

post("es-p064", "ES", "youtube", "t",
     "He usado ChatGPT, Claude y Gemini durante un mes para mi trabajo de traductora 🤖 Para textos jurídicos, ninguno es fiable sin revisión. Para correos, me ahorran 2 horas al día.",
     [
         (G, "short_specific", "¿Usas la versión de pago?"),
         (G, "", "Soy traductora también y lo de los textos jurídicos es muy real, me ha inventado artículos de ley que no existen"),
         (G, "negative", "Con todo el respeto, si le pasas textos de clientes a una IA te estás saltando la confidencialidad, ojo con eso"),
         (G, "sarcasm", "Genial, así en dos años nos sustituyen a todos y tú tendrás un vídeo menos que hacer 🙃"),
         (G, "code_switch", "Para los emails es un game changer, yo lo uso para el follow-up de clientes"),
         (S, "", "Muy interesante"),
         (S, "", "Gracias por el vídeo!"),
         (P, "praise_then_spam", "Muy buen contenido 👍 Aprende a ganar 3000€ al mes con IA desde casa, curso gratis en mi perfil 🤖"),
         (P, "collab_dm", "Hola! Somos una startup de traducción con IA y nos encantaría colaborar contigo, ¿te podemos escribir por email? 📩"),
     ])

post("es-p065", "AR", "tiktok", "h",
     "Medialunas de manteca caseras 🥐 Tardé 3 días y 4 intentos, pero salieron como las de la panadería de la esquina. El secreto: la manteca bien fría y 3 pliegues simples.",
     [
         (G, "short_specific", "qué manteca usaste?"),
         (G, "", "Yo las intenté dos veces y la manteca se me salía por todos lados, voy a probar con lo de dejarla más fría"),
         (G, "sarcasm", "3 días y 4 intentos para algo que cuesta 600 pesos en la panadería, amo la repostería 🥲"),
         (G, "question", "¿Las podés freezar ya armadas y hornearlas el domingo?"),
         (S, "", "qué ricas 😍"),
         (S, "", "uff"),
         (S, "emoji_only", "🥐🥐🥐"),
         (S, "long_generic", "Sos lo más lindo que hay en tiktok, siempre con tanta buena onda y tanto amor, me encanta verte, te mando un abrazo re grande desde Córdoba 💛"),
         (P, "praise_then_spam", "Divinas!! 😍 Che, si querés emprender vendiendo productos de pastelería tengo un curso online con certificado, escribime 🧁"),
         (P, "giveaway_scam", "🎉 Sos uno de los ganadores del sorteo de una batidora planetaria 🎉 escribí a @sorteos.cocina_arg con tus datos"),
     ])

post("es-p066", "CO", "instagram", "t",
     "Así suena un vallenato en acordeón de botones tocado por una mujer 🪗 Llevo 12 años practicando y en el Festival de Valledupar todavía me preguntan si el que toca es mi hermano.",
     [
         (G, "short_specific", "¿qué acordeón es? ¿Hohner?"),
         (G, "", "Qué orgullo, en mi familia en Valledupar las mujeres también tocan y siempre las minimizan, sigue dándole"),
         (G, "question", "¿Vas a concursar en la categoría de acordeón profesional este año?"),
         (G, "", "Ese son que tocaste al inicio me sonó a Alejo Durán, ¿es 'La cachucha bacana'?"),
         (G, "typos", "q berraquera mija, toca mejor q muchos manes q conozco"),
         (S, "", "qué chimba 🔥"),
         (S, "", "bella"),
         (S, "emoji_only", "🪗🇨🇴"),
         (S, "long_generic", "Eres una mujer admirable, tu talento y tu esfuerzo son un ejemplo para todos, Colombia debería estar orgullosa de ti, te deseo todos los éxitos del mundo 🙌❤️"),
         (P, "praise_then_spam", "Hermosa interpretación 🎶 Si quieres promocionar tu música en Spotify te consigo 50 mil reproducciones, escríbeme por DM"),
     ])

post("es-p067", "MX", "tiktok", "t",
     "Mi gato Chente rompió su tercer vaso esta semana 😾 Lo estuve grabando y lo hace mirándome a los ojos. ¿Es venganza porque le cambié el arenero?",
     [
         (G, "short_specific", "¿qué arena le pusiste?"),
         (G, "", "Es venganza 100%, mi gata hizo lo mismo cuando cambiamos su croqueta, le duró como dos semanas el coraje"),
         (G, "sarcasm", "tercer vaso... Chente ya se está armando la vajilla nueva con tu dinero 🤣"),
         (G, "code_switch", "el side eye antes de tirarlo JAJAJA he knew exactly what he was doing"),
         (S, "", "jajajaja"),
         (S, "", "que hermoso 😻"),
         (S, "tag_only", "@ferchis.gm"),
         (S, "emoji_only", "😹😹😹"),
         (P, "praise_then_spam", "Jaja qué lindo 😍 vendo rascadores y camas para gato hechos a mano, pasa a mi perfil 🐱"),
         (P, "crypto", "Deja de comprar vasos y empieza a invertir 😎 @mx.forex.pro me enseñó a ganar dinero desde el celular"),
     ])

post("es-p068", "ES", "instagram", "t",
     "Tres días en Lisboa con 250€ 🇵🇹 Tranvía 28, pastéis de Belém recién hechos, atardecer en el mirador de Santa Luzia y un fado en Alfama que me hizo llorar.",
     [
         (G, "short_specific", "¿Dónde os alojasteis?"),
         (G, "", "El tranvía 28 es precioso pero en verano es una lata de sardinas, mejor cogerlo a primera hora"),
         (G, "negative", "250€ con vuelo no me lo creo, a menos que fuera en febrero y durmieras en un albergue"),
         (G, "question", "¿Qué casa de fados era? Fui el año pasado y la que elegimos era un sacacuartos para turistas"),
         (G, "code_switch", "Lisboa es my happy place, los pastéis de Belém recién hechos son otra liga"),
         (S, "", "qué bonito todo"),
         (S, "", "me muero de envidia 😍"),
         (S, "emoji_only", "🇵🇹❤️"),
         (P, "self_promo", "¿Quieres viajar gratis? Te enseño a conseguir vuelos a 10€ con mi guía, link en bio ✈️"),
         (P, "follow4follow", "Sígueme para más viajes low cost, te sigo!! ✈️🙌"),
     ])

post("es-p069", "PE", "instagram", "t",
     "Mi desayuno pre-entreno en Lima a las 5am 🏋️‍♂️ Pan con palta y huevo, una taza de avena con maca y un plátano de seda. Entreno a las 6 en el gimnasio de Miraflores.",
     [
         (G, "short_specific", "¿la maca es negra o amarilla?"),
         (G, "", "La avena con maca es lo que me daba mi mamá antes del colegio, ahora también la tomo antes de entrenar, buenaza"),
         (G, "question", "¿No te cae pesado comer eso una hora antes de entrenar? yo vomito si como huevo antes"),
         (G, "sarcasm", "5am en Lima y con garúa, tu disciplina me ofende personalmente 😩"),
         (S, "", "bien ahí 💪"),
         (S, "", "fuerza!!"),
         (S, "long_generic", "Eres un ejemplo de constancia hermano, siempre con esa energía y esa actitud positiva, me motivas a no rendirme nunca, gracias por compartir todo esto 🙏💪"),
         (P, "praise_then_spam", "Buenazo 💪 Vendo maca negra gelatinizada de Junín, 100% orgánica, pedidos por WhatsApp 987 654 321 🌿"),
         (P, "fancy_unicode", "𝓢𝓲𝓰𝓾𝓮𝓶𝓮 𝓹𝓪𝓻𝓪 𝓶𝓪́𝓼 𝓽𝓲𝓹𝓼 💪 𝓽𝓮 𝓼𝓲𝓰𝓸 𝓭𝓮 𝓿𝓾𝓮𝓵𝓽𝓪"),
     ])

post("es-p070", "AR", "youtube", "h",
     "Jugué 10 horas seguidas al Balatro y ahora sueño con comodines 🃏 Les muestro la run donde llegué a ante 12 con una mano de color y el Bloodstone. Adicción total.",
     [
         (G, "short_specific", "en qué pozo jugás?"),
         (G, "", "El Bloodstone con color es una locura, yo llegué a ante 10 con el Baron y reyes y pensé que era imparable"),
         (G, "question", "Vale la pena en el celu o es mejor en la compu?"),
         (G, "code_switch", "Balatro es la definition de 'una partida más', me hizo perder toda la noche"),
         (S, "", "buen video"),
         (S, "", "jaja"),
         (S, "emoji_only", "🃏🔥"),
         (P, "praise_then_spam", "Buen video!! 👏 Si te gustan los juegos de cartas probá el casino online de mi perfil, te regalan 5000 pesos de bienvenida 🎰"),
         (P, "follow4follow", "ya me suscribi, devolveme el sub porfa 🙏"),
     ])

post("es-p071", "CO", "youtube", "t",
     "Protector solar para piel morena sin cast blanco ☀️ Probé 6 que se consiguen en Cruz Verde y Farmatodo. El ganador cuesta 45 mil y no deja ni rastro gris.",
     [
         (G, "short_specific", "¿cuál fue el ganador?"),
         (G, "", "Gracias por hacer este video para piel morena, todos los reviews son de gente blanca y a mí todos me dejan cenizo"),
         (G, "negative", "Te faltó el de La Roche-Posay con color, ese es el mejor para nosotras aunque sea caro"),
         (G, "question", "¿El ganador sirve para piel grasa o deja brillo?"),
         (S, "", "Hermosa 😍"),
         (S, "", "te amo"),
         (S, "code_switch", "queen 👑 always"),
         (P, "praise_then_spam", "Qué linda 😍 Si te quieres ver así de bonita sin maquillaje, prueba nuestras vitaminas para la piel, pedidos en mi perfil 🌞"),
         (P, "collab_dm", "Hola reina! Somos @solskin.co y nos gustaría enviarte nuestro protector para que lo pruebes, escríbenos al DM ☀️"),
     ])

post("es-p072", "MX", "youtube", "t",
     "Hice un beat de corridos tumbados en 30 minutos con FL Studio 🎸 Requinto grabado en casa, tololoche sampleado y 808 a 140 bpm. Descarga gratis en la descripción.",
     [
         (G, "short_specific", "qué VST usaste pal tololoche?"),
         (G, "", "El requinto está bien limpio wey, yo grabo con una interfaz de 1500 pesos y no me queda así, ¿qué micro usas?"),
         (G, "negative", "El 808 tapa todo el requinto en el coro, bájale unos dB o ecualízalo"),
         (G, "sarcasm", "corridos tumbados en 30 minutos, con razón todos suenan igual 😂"),
         (G, "code_switch", "Fire beat bro, ya lo descargué pa grabarle encima"),
         (S, "", "que chido 🔥"),
         (S, "emoji_only", "💯💯"),
         (P, "praise_then_spam", "Está chingón el beat 🔥 Vendo paquetes de samples y presets de corridos, link en mi perfil 🎸"),
         (P, "self_promo", "Mezcla y masterización profesional por 300 pesos 🎧 mándame DM con tu rola"),
     ])

post("es-p073", "ES", "tiktok", "t",
     "Lo que nadie te cuenta del posparto 🤱 Que vas a llorar viendo anuncios de pañales, que la faja no hace magia y que a las 3 de la mañana lo único que quieres es una tostada con aceite.",
     [
         (G, "short_specific", "¿Cuánto tiempo te duraron los llantos?"),
         (G, "", "La tostada a las 3 de la mañana 😭 lo mío era un Colacao con galletas y mi pareja haciéndolo mientras yo daba el pecho"),
         (G, "", "Lo de los anuncios de pañales es real, lloré con uno de Dodot que ni siquiera era triste"),
         (G, "negative", "Echo de menos que se hable también de la depresión posparto en serio, no todo es gracioso, a mí me tocó y lo pasé fatal"),
         (S, "", "qué verdad"),
         (S, "emoji_only", "💕💕"),
         (S, "long_generic", "Eres una mamá maravillosa y una persona preciosa, gracias por ser tan real y tan cercana siempre, me encanta seguirte desde hace años, un abrazo enorme 🤍"),
         (P, "praise_then_spam", "Qué bonito 🥰 Mamis, ¿queréis ganar dinero mientras vuestro bebé duerme? Mirad mi perfil, os explico cómo 💰"),
         (P, "phone_number", "Vendo fajas posparto y sujetadores de lactancia, envíos a toda España 📦 WhatsApp 612 345 678"),
     ])

post("es-p074", "CL", "instagram", "t",
     "Sopaipillas pasadas para el día de lluvia en Santiago 🌧️ Masa con zapallo camote, frita y después pasada por chancaca con cáscara de naranja y canela. Con un tecito, lo mejor.",
     [
         (G, "short_specific", "¿la chancaca la compras en la feria?"),
         (G, "", "Nada como unas sopaipillas pasadas cuando llueve, mi abuela le ponía clavo de olor al almíbar también"),
         (G, "question", "¿Con zapallo italiano funciona o tiene que ser camote sí o sí?"),
         (G, "sarcasm", "Día de lluvia en Santiago, o sea una vez al año, hay que aprovechar po 😂"),
         (G, "code_switch", "Chilean comfort food at its best, las hice ayer y no sobró ni una"),
         (S, "", "que rico!!"),
         (S, "", "antojo 😩"),
         (S, "emoji_only", "🌧️☕"),
         (P, "praise_then_spam", "Qué ricas 🤤 Vendo chancaca artesanal, despacho a todo Chile, escríbeme al +56 9 5566 7788"),
     ])

# ---------------------------------------------------------------- batch 8
post("es-p075", "MX", "instagram", "h",
     "Nadé con tiburón ballena en Holbox 🦈 Salida a las 7am, 2 horas en lancha y solo podías entrar de 2 en 2 con el guía. 1,800 pesos por persona. Nada de bloqueador normal, solo biodegradable.",
     [
         (G, "short_specific", "¿en qué mes fueron?"),
         (G, "", "Lo del bloqueador biodegradable deberían exigirlo en todos lados, en Holbox sí son estrictos y qué bueno"),
         (G, "negative", "Eso de tener 20 lanchas alrededor de un solo tiburón no me parece nada ecológico la verdad"),
         (G, "code_switch", "Holbox es un paraíso, nadar con el whale shark was on my bucket list y tu video me convenció"),
         (S, "", "que padre!!"),
         (S, "", "increíble 😍"),
         (S, "long_generic", "Me encanta tu cuenta, siempre subes cosas súper bonitas, eres una persona muy auténtica y llena de luz, ojalá algún día pueda viajar como tú, te mando un abrazo 🌊💙"),
         (S, "tag_only", "@lalo.vzq"),
         (P, "praise_then_spam", "Qué bonito viaje 😍 Rentamos departamentos en Tulum y Holbox a precio de amigo, escríbeme al 998 123 4567 🏝️"),
         (P, "giveaway_scam", "🦈 Ganaste un tour gratis a Holbox 🦈 manda DM a @holbox.tours_promo para reclamar tu premio"),
     ])

post("es-p076", "ES", "youtube", "t",
     "Analizo el gol de Lamine Yamal al Villarreal 🎯 Control orientado con la derecha, amago y rosca al palo largo. Con 17 años. Os explico por qué es técnicamente casi imposible.",
     [
         (G, "short_specific", "¿En qué minuto fue?"),
         (G, "", "Lo del control orientado es lo que la gente no ve, con ese primer toque ya se ha quitado a dos de encima"),
         (G, "sarcasm", "Ya verás que en dos semanas alguien dice que está sobrevalorado, clásico 🙄"),
         (G, "negative", "Buen análisis, pero se te olvida que el portero del Villarreal estaba mal colocado, 'casi imposible' tampoco"),
         (G, "typos", "q pasada de gol tio, lo vi en directo y me quede flipando"),
         (S, "", "crack"),
         (S, "", "Visca Barça 💙❤️"),
         (S, "emoji_only", "🐐"),
         (P, "crypto", "Apuesta en el próximo partido del Barça con mis pronósticos 💰 acierto el 90%, grupo de Telegram en mi perfil"),
         (P, "follow4follow", "Suscribíos a mi canal de fútbol, me suscribo de vuelta 100% ⚽"),
     ])

post("es-p077", "AR", "instagram", "t",
     "Mi look para la boda de mi hermana 💍 Vestido de @atelier.lunares (diseño argentino, hecho en Buenos Aires) y sandalias de siempre. Con LUNA15 tienen 15% en su tienda online #publi",
     [
         (G, "short_specific", "¿es de seda el vestido?"),
         (G, "", "Qué lindo que sea diseño argentino y no Shein, aunque los precios de ese atelier son una locura"),
         (G, "question", "¿El color no es medio parecido al blanco? Dicen que en las bodas no se usa"),
         (G, "sarcasm", "Ah, 'mi look para la boda de mi hermana' #publi, ni en la boda descansás vos 😂"),
         (S, "", "divinaaa"),
         (S, "", "reina 👑"),
         (S, "emoji_only", "😍😍😍"),
         (S, "code_switch", "stunning como siempre ✨"),
         (P, "praise_then_spam", "Qué hermosa!! 😍 Nosotras hacemos vestidos de fiesta a medida más baratos, mirá nuestro perfil y consultá sin compromiso 💃"),
         (P, "fancy_unicode", "💋 𝓒𝓸𝓷𝓸𝓬𝓮 𝓹𝓮𝓻𝓼𝓸𝓷𝓪𝓼 𝓮𝓷 𝓽𝓾 𝔃𝓸𝓷𝓪 💋 𝓵𝓲𝓷𝓴 𝓮𝓷 𝓶𝓲 𝓹𝓮𝓻𝓯𝓲𝓵"),
     ])

post("es-p078", "CO", "tiktok", "t",
     "Primer stream en Kick con 40 personas conectadas 🎮 Jugamos Free Fire 3 horas y ganamos 5 partidas seguidas con el squad de Medellín. ¡Gracias parceros!",
     [
         (G, "short_specific", "¿a qué hora transmites?"),
         (G, "", "Estuve en el stream parce, la jugada del último círculo con la M1887 fue una locura"),
         (G, "question", "¿Por qué Kick y no Twitch? He escuchado que pagan más"),
         (G, "code_switch", "GG bro, el clutch de la última partida estuvo insane"),
         (S, "", "vamos parce 🔥"),
         (S, "", "grande"),
         (S, "emoji_only", "🎮🔥🔥"),
         (P, "praise_then_spam", "Buen stream 👌 Vendo diamantes de Free Fire baratos, 100% seguro, escríbeme al WhatsApp 315 678 9012 💎"),
         (P, "follow4follow", "Te sigo en Kick si me sigues en el mío 🎮 hagamos comunidad"),
         (P, "fancy_unicode", "𝐃𝐢𝐚𝐦𝐚𝐧𝐭𝐞𝐬 𝐠𝐫𝐚𝐭𝐢𝐬 💎 𝐞𝐧𝐭𝐫𝐚 𝐚 𝐦𝐢 𝐩𝐞𝐫𝐟𝐢𝐥"),
     ])

post("es-p079", "MX", "youtube", "t",
     "Cómo ahorramos 40 mil pesos al año en despensa con 2 niños 🛒 Lista semanal, compras en el tianguis, congelar porciones y nada de ir al súper con hambre. Les dejo la plantilla en Excel.",
     [
         (G, "short_specific", "¿cuánto gastan a la semana?"),
         (G, "", "Lo del tianguis es real, la verdura sale a la mitad que en el súper y dura más"),
         (G, "negative", "Bueno, pero si vives en un lugar sin tianguis cerca no sirve de mucho, no todos tenemos esas opciones"),
         (G, "question", "¿La plantilla sirve en Google Sheets o solo en Excel?"),
         (S, "", "excelente info"),
         (S, "", "gracias 🙏"),
         (S, "long_generic", "Qué familia tan bonita tienen, me encanta su canal, siempre aprendo algo y me dejan buenas vibras, sigan así que son un ejemplo, saludos a todos 💕"),
         (P, "praise_then_spam", "Muy buenos tips 👍 Si quieren ahorrar más, vendo productos de limpieza a granel, checa mi perfil 🧼"),
         (P, "crypto", "El mejor ahorro es invertir 💸 mi mentora @fer.finanzas_mx me enseñó a multiplicar mi dinero, escríbanle"),
     ])

post("es-p080", "CL", "youtube", "h",
     "Le cambié la batería a mi iPhone 11 yo mismo por 15 lucas 🔧 Kit de AliExpress, pistola de calor y mucha paciencia. La salud de batería pasó de 71% a 100%. Ojo: se pierde la resistencia al agua.",
     [
         (G, "short_specific", "¿te sale el aviso de pieza no original?"),
         (G, "", "Lo hice con un iPhone XR y se me cortó el flex del Face ID, ojo con ese paso, no se lo recomiendo a cualquiera"),
         (G, "question", "¿Qué pistola de calor usaste? ¿Sirve un secador de pelo?"),
         (G, "sarcasm", "15 lucas más las 200 que te vas a gastar cuando se te quiebre la pantalla abriéndolo 😂"),
         (S, "", "buen video"),
         (S, "emoji_only", "👍"),
         (S, "", "bacán"),
         (P, "self_promo", "Servicio técnico de iPhone en Providencia 🔧 cambio de batería en 1 hora, agenda por DM"),
         (P, "giveaway_scam", "Felicitaciones 🎉 ganaste un iPhone 15 Pro en nuestro sorteo, entra al link de @apple.sorteos_cl y completa tus datos"),
     ])

post("es-p081", "ES", "instagram", "t",
     "Roscón de Reyes casero con masa madre 👑 48 horas de fermentación, agua de azahar, ralladura de naranja y nata montada sin azúcar. Este año la sorpresa es un playmobil 😂",
     [
         (G, "short_specific", "¿Se puede hacer con levadura fresca?"),
         (G, "", "El agua de azahar es lo que le da el sabor de verdad, los de supermercado no saben a nada comparado con el casero"),
         (G, "sarcasm", "48 horas de fermentación, o sea que si empiezo hoy lo tengo para los Reyes del año que viene 😅"),
         (G, "question", "¿Lo rellenas el mismo día o se puede rellenar de un día para otro sin que se ablande?"),
         (G, "", "Lo del playmobil me ha matado jajaja, nosotros ponemos un haba y al que le toca paga el roscón del año siguiente"),
         (S, "", "qué maravilla 😍"),
         (S, "", "ole ole"),
         (S, "long_generic", "Tienes unas manos maravillosas y un corazón enorme, se nota el cariño en todo lo que haces, eres una de las cuentas más bonitas que sigo, un beso enorme 💛"),
         (P, "praise_then_spam", "Qué buena pinta!! 😍 Vendemos roscones artesanales con envío a toda la península, pídelo desde el link de nuestro perfil 👑"),
         (P, "follow4follow", "sígueme y te sigo!! yo también hago repostería 🧁"),
     ])

post("es-p082", "PE", "tiktok", "t",
     "Aprendimos la coreografía de 'Tusa' en 2 días para el quinceañero de mi prima 💃 Las chicas del Callao la bailamos en la fiesta y salió en el video de la hora loca.",
     [
         (G, "short_specific", "¿de qué academia es la coreo?"),
         (G, "", "Jajaja el giro del minuto 1 te salió perfecto, a mí siempre se me enreda el pie"),
         (G, "code_switch", "Ustedes killed it, la energía del Callao is unmatched 🔥"),
         (G, "sarcasm", "2 días dice, yo llevo 2 años y sigo bailando como tío en boda 🕺"),
         (S, "", "que lindas 😍"),
         (S, "", "reinas"),
         (S, "emoji_only", "💃💃💃"),
         (S, "tag_only", "@kiara.chp @dayana_17"),
         (P, "praise_then_spam", "Bailan hermoso 😍 Si quieres aprender a bailar desde casa tenemos clases online a 20 soles, info en mi perfil 💃"),
         (P, "fancy_unicode", "𝒮𝒾𝑔𝓊𝑒𝓂𝑒 𝓅𝒶𝓇𝒶 𝓂𝒶𝓈 𝓋𝒾𝒹𝑒𝑜𝓈 💃 𝓉𝑒 𝓈𝒾𝑔𝑜 𝒹𝑒 𝓋𝓊𝑒𝓁𝓉𝒶"),
     ])

post("es-p083", "VE", "youtube", "t",
     "Fui a ver a los Leones del Caracas en el Monumental 🦁⚾ Ganamos 6 a 2 a los Navegantes, jonrón en el octavo y el estadio completo cantando. Entrada: 12 dólares.",
     [
         (G, "short_specific", "¿en qué tribuna estabas?"),
         (G, "", "El Monumental nuevo está bello pero queda lejísimo, a mí me tocaron 2 horas de cola para salir del estacionamiento"),
         (G, "negative", "Como magallanero me duele este video, pero bueno, el pitcheo de Navegantes estuvo fatal ese día"),
         (G, "typos", "q ambiente tan arrecho en ese octavo inning chamo, se me paro el corazon"),
         (S, "", "Vamos Leones 🦁"),
         (S, "emoji_only", "⚾⚾"),
         (S, "", "que chevere"),
         (S, "code_switch", "el mejor baseball del mundo, no joke 🇻🇪"),
         (P, "praise_then_spam", "Qué buen video pana ⚾ Hago apuestas deportivas seguras, escríbeme al +58 424 987 6543 y te explico"),
         (P, "crypto", "Gané 2000$ con USDT gracias al señor @vzla.crypto.pro, en Venezuela hay que buscarse la vida 💵"),
     ])

post("es-p084", "AR", "tiktok", "t",
     "Me hice el laminado de cejas por primera vez en un local de Villa Crespo 🤨 40 lucas, dura 6 semanas. Les muestro el antes y después y cómo quedó al tercer día.",
     [
         (G, "short_specific", "¿te quedaron duras al tacto?"),
         (G, "", "Al tercer día es cuando mejor quedan, el primer día siempre parecen pegadas con gel jaja"),
         (G, "negative", "A mí el laminado me quemó un poco la piel de la ceja y se me cayeron pelitos, cuidado con la química"),
         (G, "question", "¿Se pueden mojar los primeros días?"),
         (S, "", "te quedó re lindo"),
         (S, "", "hermosa 😍"),
         (S, "code_switch", "love it 😍 qué linda"),
         (P, "praise_then_spam", "Te quedaron divinas 😍 Hago laminado y lifting a domicilio en CABA, precio promo, escribime por privado 💕"),
         (P, "collab_dm", "Hola bella! Somos @cejasperfectas.ar y queremos proponerte un canje, escribinos al DM ✨"),
     ])

post("es-p085", "CO", "instagram", "h",
     "Preparé café en Chemex con granos del Huila 🇨🇴 Proceso lavado, notas de panela y mandarina. Proporción 1:16, molienda media-gruesa y agua a 93 grados. Así sí se toma café colombiano.",
     [
         (G, "short_specific", "¿de qué finca son los granos?"),
         (G, "", "Lo de que en Colombia exportamos el bueno y nos tomamos la pasilla es triste pero real, qué bueno que se vea más café de especialidad"),
         (G, "question", "¿Con una prensa francesa me funciona la misma proporción?"),
         (G, "sarcasm", "93 grados exactos, y yo echándole agua de la greca de mi abuela 😂"),
         (G, "code_switch", "Ese pour over se ve perfect, el Huila tiene los mejores coffees de verdad"),
         (S, "", "qué rico ☕"),
         (S, "", "bacano"),
         (S, "long_generic", "Me encanta todo lo que publicas, tu cuenta tiene una vibra tan linda y tranquila, eres de las pocas personas que me inspiran de verdad, gracias por compartir ☕💛"),
         (P, "praise_then_spam", "Qué buen café 😍 Vendo café de origen tostado artesanal, envíos a toda Colombia, pide al 318 765 4321 ☕"),
         (P, "follow4follow", "sígueme y te sigo ☕ cafetero también"),
     ])

post("es-p086", "MX", "instagram", "t",
     "Estudié para el examen de la UNAM con esta técnica 📚 Pomodoro de 25 minutos, tarjetas de Anki para historia y la guía oficial resuelta 3 veces. Quedé en Medicina en CU 🩺",
     [
         (G, "short_specific", "¿cuántos aciertos sacaste?"),
         (G, "", "Felicidades!! Anki me salvó la vida en historia también, resolver la guía varias veces es lo que hace la diferencia"),
         (G, "question", "¿Cuántas horas al día estudiabas? Me faltan 4 meses y no sé si alcanzo"),
         (G, "negative", "El pomodoro de 25 a mí nunca me funcionó, justo cuando me concentro suena la alarma, prefiero bloques de 50"),
         (S, "", "felicidades 🎉"),
         (S, "", "que chido"),
         (S, "long_generic", "Eres súper inteligente y una gran inspiración, estoy segura de que vas a ser una doctora increíble, te mando muchísimo éxito en todo lo que venga, orgullo total 🩺💕"),
         (S, "emoji_only", "👏👏👏👏"),
         (P, "praise_then_spam", "Felicidades!! 👏 Vendemos guías resueltas y exámenes filtrados de la UNAM, pide el tuyo por WhatsApp 55 6677 8899 📚"),
         (P, "fancy_unicode", "𝐆𝐚𝐧𝐚 𝐝𝐢𝐧𝐞𝐫𝐨 𝐞𝐬𝐭𝐮𝐝𝐢𝐚𝐧𝐝𝐨 📚💰 𝐥𝐢𝐧𝐤 𝐞𝐧 𝐦𝐢 𝐛𝐢𝐨"),
     ])


# ---------------------------------------------------------------- batch 2026-11-24 (review of a QA pass)
# Purchase intent written the LatAm way ("precio por DM", "info al privado") is a customer, not a pitch; and the
# Spanish scams the first batches lacked: préstamos, réplicas, account "recovery", MLM recruiting, romance bait,
# follow-bait in its short forms (sdv, ¿nos seguimos?) and plugs for someone else's account. Train posts only.
post("es-p087", "MX", "instagram", "t",
     "Nueva colección de aretes de plata 925 hechos a mano 🌙✨ Cada pieza es única. Envíos a todo México. #joyeriaartesanal #hechoamano",
     [
         (G, "question", "Precio por DM porfa, me interesan los de luna"),
         (G, "question", "Info al privado de los aretes largos 🙏 son para regalo"),
         (G, "question", "Te mandé mensaje por inbox para el pedido de los de estrella, ¿me confirmas?"),
         (G, "negative", "Les escribí por privado hace tres días y nadie me contesta, así cómo les compro"),
         (G, "short_specific", "¿Hacen envíos a Monterrey?"),
         (G, "question", "¿Cuánto cuestan los de la tercera foto? ¿también los hacen en dorado?"),
         (S, "", "qué bonitos 😍"),
         (S, "emoji_only", "🌙✨🌙✨"),
         (P, "self_promo", "Préstamos sin buró de crédito, depósito el mismo día 💵 info por DM"),
         (P, "self_promo", "Réplicas 1:1 de tenis y bolsas de marca, calidad premium, interesadas MD 👟👜"),
         (P, "follow4follow", "sdv 🔁"),
     ])

post("es-p088", "CO", "tiktok", "t",
     "Así organizo mi semana siendo mamá y emprendedora 🗓️ Lo que me funciona: planear el domingo, bloques de tiempo y pedir ayuda sin culpa.",
     [
         (G, "", "Lo de pedir ayuda sin culpa me llegó, yo siempre quiero hacer todo sola y termino reventada"),
         (G, "question", "¿Qué app usas para los bloques de tiempo? Yo uso la agenda de papel pero se me pierde"),
         (G, "question", "Me interesa tu planner, ¿me pasas el precio por DM?"),
         (G, "sarcasm", "planear el domingo jajaja el domingo mis hijos me planean a mí"),
         (S, "", "Qué linda 💕"),
         (S, "long_generic", "Eres una mujer admirable, se nota que eres una excelente mamá y una gran emprendedora, Dios te bendiga siempre a ti y a tu familia 🙏✨"),
         (P, "self_promo", "17 años y ya gano más que mis papás 😎 pregúntame cómo"),
         (P, "self_promo", "Busco 10 mamás emprendedoras para mi equipo, trabajando desde el celular, interesadas escríbanme 💼"),
         (P, "crypto", "Yo estaba endeudada hasta que conocí a @maria.trading.oficial, ahora tengo libertad financiera, escríbanle 🙏"),
         (P, "follow4follow", "¿Nos seguimos? 🙋‍♀️"),
     ])

post("es-p089", "AR", "instagram", "t",
     "Recuperé mi cuenta después de que me la hackearon 😮‍💨 Activen la verificación en dos pasos YA, no es joda.",
     [
         (G, "", "A mí me pasó el año pasado y perdí todas las fotos de mi viejo, qué bronca"),
         (G, "question", "¿Cómo la recuperaste? ¿Te contestó soporte de Instagram o fue por el formulario?"),
         (G, "negative", "Soporte de Instagram no existe, a mi hermana nunca le respondieron"),
         (G, "", "Qué asco la cantidad de bots que te van a comentar 'escribile a tal hacker' acá abajo, no les crean"),
         (S, "", "Buenísimo el dato 👍"),
         (P, "crypto", "¿Cuenta hackeada? Escribile a @recupera.cuentas.ok, me la devolvió en 2 horas 🙌"),
         (P, "crypto", "Gracias a @hacker.etico.ar recuperé la mía, es re confiable, mandale mensaje"),
         (P, "self_promo", "Seguime y te sigo, respondo todo 🔁"),
         (P, "self_promo", "Sigan a @memes.argentos.ok que está buenísimo 🔥🔥🔥"),
     ])

post("es-p090", "ES", "tiktok", "t",
     "Probando la freidora de aire más vendida de Amazon 🍟 ¿Merece la pena por 89€? Spoiler: depende de lo que cocines.",
     [
         (G, "", "Invertí en una freidora de aire hace un año y ahora no uso el horno para nada, la recomiendo"),
         (G, "question", "¿Cuánto cuesta la de cesta doble? ¿Cabe un pollo entero?"),
         (G, "question", "¿Dónde la compraste, en Amazon o en el Corte Inglés?"),
         (G, "negative", "La mía hace un ruido horrible a los tres meses, ojo con esa marca"),
         (S, "", "Qué pasada 🔥"),
         (S, "", "me encanta"),
         (P, "praise_then_spam", "Qué buen vídeo 😍 os invito a conocer mi emprendimiento de velas artesanales, pasaos por mi perfil 🕯️"),
         (P, "giveaway_scam", "¡Enhorabuena! Has ganado una freidora en nuestro sorteo 🎁 reclámala en el enlace de nuestro perfil antes de 24 h"),
         (P, "self_promo", "Hola guapo, me pareces muy interesante, me gustaría conocerte, escríbeme 💋"),
     ])

post("es-p091", "MX", "instagram", "t",
     "Mi nueva bolsa tejida a mano en Oaxaca 👜 La hizo Doña Chela en Teotitlán del Valle con lana teñida con grana cochinilla. Tardó tres semanas.",
     [
         (G, "question", "¿Cuánto cuesta? 😍😍"),
         (G, "question", "¿Dónde la compraste? 😍 quiero una igualita"),
         (G, "question", "¿Doña Chela hace envíos a Guadalajara? 🙏"),
         (G, "question", "¿Hay en otros colores? 💕"),
         (G, "", "La grana cochinilla da ese rojo tan bonito, mi abuela teñía así en Tlaxcala"),
         (G, "negative", "Tres semanas de trabajo y seguro le pagaron una miseria, ojalá le hayas pagado lo justo"),
         (S, "", "Hermosa 😍😍"),
         (S, "", "divina 💕"),
         (S, "", "❤️❤️❤️"),
         (P, "crypto", "¿Te hackearon el Instagram? Escríbele a @recuperacion.cuentas.mx, a mí me la devolvió en una hora 🙏"),
         (P, "crypto", "Perdí mi cuenta con 20 mil seguidores y @hacker_etico_oficial me la recuperó, súper recomendado, escríbanle"),
     ])

post("es-p092", "AR", "tiktok", "t",
     "Probé las zapatillas de running más baratas de Decathlon 🏃‍♀️ 21 km en Palermo con unas de 40 lucas. ¿Aguantaron? Miren hasta el final.",
     [
         (G, "question", "¿Qué talle usás? ¿Calzan grande? 👟"),
         (G, "question", "¿Cuánto salen ahora? 😱"),
         (G, "question", "¿Las conseguiste en el local de Unicenter o por la web? 🙌"),
         (G, "question", "link de las zapas porfa 🙏"),
         (G, "", "Yo corrí la media de Buenos Aires con esas y me sacaron una ampolla en el km 15, ojo"),
         (S, "", "Crack 🔥"),
         (S, "", "Qué genia 👏👏"),
         (S, "", "💪💪"),
         (P, "crypto", "Si te robaron la cuenta o la billetera cripto, @recupero.seguro te ayuda, a mí me devolvió todo en 24 h 🙌"),
         (P, "crypto", "Hackearon mi Face y gracias a la hacker Sofía (@sofi.techrecovery) la recuperé, escribile que es re confiable"),
     ])

post("es-p093", "CO", "instagram", "t",
     "Mi emprendimiento de arepas rellenas cumple un año 🫓 Empezamos en la cocina de mi mamá en Bello y hoy tenemos un local pequeñito. ¡Gracias!",
     [
         (G, "question", "¿Hacen domicilios a Envigado? 😋"),
         (G, "question", "¿Cuánto vale la de chicharrón con queso? 🤤"),
         (G, "question", "¿Dónde queda el local? Quiero ir el sábado 🙌"),
         (G, "", "Felicitaciones, la de pollo con champiñones es la mejor que he comido en Medellín"),
         (G, "negative", "El domingo pedí y llegó fría y una hora tarde, ojalá mejoren los domicilios"),
         (S, "", "Felicidades 🎉🎉"),
         (S, "", "Qué chimba 🔥"),
         (P, "crypto", "¿Le hackearon el WhatsApp del negocio? Escríbale a @soporte.recuperacion.col, me ayudaron en dos horas 💯"),
         (P, "crypto", "Recomiendo a @ing.recupera.cuentas, me recuperó el Instagram del negocio cuando me lo robaron, escríbale al DM"),
     ])

post("es-p094", "MX", "instagram", "t",
     "Así me robaron la cuenta y así la recuperé sin pagarle a nadie 🔐 Un correo falso de 'infracción de derechos de autor', un clic, y adiós. Soporte de Meta tardó 5 días.",
     [
         (G, "", "A mí me pasó igual en 2022 con un mensaje de 'tu cuenta será eliminada', desde entonces tengo la verificación en dos pasos con app"),
         (G, "", "Los comentarios de abajo que dicen que un 'hacker ético' les devolvió la cuenta son bots, repórtenlos"),
         (G, "", "Gracias por contarlo. Soporte me pidió un video de mi cara y en una semana me la devolvieron, sin pagar nada"),
         (G, "question", "¿Cuánto tardó soporte en contestarte la primera vez? Llevo 3 días esperando"),
         (G, "negative", "Meta debería tener un teléfono de atención, es ridículo depender de un formulario"),
         (G, "", "Llevo años viendo tus videos y nunca pensé que te pasaría a ti, qué bueno que la recuperaste"),
         (S, "", "Qué bueno 🙌"),
         (S, "", "Fuerza 💪"),
         (P, "crypto", "Yo también perdí mi cuenta y @recupera.tu.insta.mx me la devolvió en 2 horas, escríbanle, es de confianza 🙏"),
     ])

post("es-p095", "AR", "youtube", "t",
     "Cómo armé mi fondo de emergencia ganando el mínimo 💸 Plazo fijo UVA, dólar MEP y cero cuotas sin interés. Sin promesas mágicas.",
     [
         (G, "", "Yo pagué primero la tarjeta porque el interés me comía todo, después recién empecé a ahorrar"),
         (G, "", "Si alguien te escribe al privado prometiendo duplicar tu plata, bloquealo, ningún banco hace eso"),
         (G, "question", "¿El plazo fijo UVA lo hiciste por home banking o en la sucursal?"),
         (G, "", "A mi abuela la engañaron con una 'oportunidad' de bitcoin por WhatsApp, perdió su aguinaldo. Hablen con los mayores de la casa"),
         (G, "question", "¿Conviene el MEP todavía con la brecha como está?"),
         (S, "", "Excelente video 👏"),
         (S, "", "Genio"),
         (P, "crypto", "Gané 40 mil pesos en una semana invirtiendo con la señora @mariela.trader.ok, escríbanle que enseña 💰"),
     ])


# ---------------------------------------------------------------- batch 5 (2026-11-24)
# comments addressed to a tagged friend or another commenter (genuine), tag lists (superficial), mentions that
# promote (spam): see README, batch 5

post('es-p096', 'MX', 'instagram', 't',
     'Tamales de rajas con queso para la posada 🫔 Masa batida a mano 10 minutos hasta que flote, hojas remojadas en agua caliente y 1 hora de vapor. ¿Ustedes de verde, de rojo o de dulce? #tamales #navidadmexicana',
     [
         (G, 'mention_message', '@marifer.ochoa este año los hacemos nosotras para la posada de la oficina, yo consigo las hojas en la Merced y tú el queso Oaxaca'),
         (G, 'mention_message', 'ya ves @beto_garza95 lo de la masa que flota en el agua no era cuento de tu abuela jaja'),
         (G, 'mention_reply', '@lupita.rdz88 la mía tampoco esponjaba hasta que le eché el caldo tibio y no frío, inténtalo así'),
         (G, 'mention_message', '@itzel.cocina ¿con manteca vegetal quedan igual de esponjosos? es que @dani_vegana no come de cerdo y quiero que los pruebe'),
         (G, 'mention_reply', '@jorge.mtzz de rajas siempre, los de dulce con pasas son un crimen 😂'),
         (G, 'mention_message', '1 hora de vapor y ya?? @ximena.lg los nuestros tardaron como 3 el año pasado, algo hicimos mal'),
         (G, 'mention_message', '@tia_rosy ¿así los envolvías tú con la hoja doble? el año pasado se nos salió todo el relleno'),
         (G, 'mention_message', '@abue.chela mira, bate la masa igualito que tú, con la mano y sin batidora 🥹'),
         (S, 'tag_only', '@caro.vzqz 🤤'),
         (S, 'tag_only', '@fer_olvera jajaja'),
         (S, 'tag_list', '@pao.hdz @mony_rmz @karen.g 👀👀'),
         (S, 'tag_only', '@isaac.qro mira'),
         (P, 'self_promo', 'Sigan a @tamaleria.donaconchi 🫔🔥 hacemos pedidos por docena para posadas en CDMX'),
         (P, 'praise_then_spam', 'Qué ricos!! 😍 si quieren vender desde casa y ganar un extra en diciembre escríbanle a @emprende.ya.mx, da cursos gratis'),
         (P, 'follow4follow', '@itzel.cocina síguenos y te seguimos 🙏 somos @recetas.virales.mx'),
     ])

post('es-p097', 'ES', 'tiktok', 't',
     'Caminito del Rey en noviembre 🥾 7,7 km casi todo llano, entrada general 10 €, casco obligatorio y hay que reservar con días. Lo mejor: el puente colgante del final. #caminitodelrey #málaga #senderismo',
     [
         (G, 'mention_message', '@irene_mgl esta es la ruta de la que te hablé, casi 8 km llanos, hasta tú que odias andar la haces 😂'),
         (G, 'mention_message', '@pablo.rs_89 tú que tienes vértigo ojo con el puente del final, yo me quedé pillada en medio sin poder moverme'),
         (G, 'mention_reply', '@lucia.fdez__ no hace falta volver andando, hay un bus lanzadera que te lleva del final a la entrada por un par de euros'),
         (G, 'mention_reply', '@sergiogm discrepo, en agosto aquello es un horno, noviembre es justo la mejor época como dice ella'),
         (G, 'mention_message', '@andrea.lpz_ ¿nos lo cogemos para el puente de diciembre? reservo yo las entradas esta noche que vuelan'),
         (G, 'mention_message', '@bea.ruta ¿se puede ir con un crío de 7 años? quiero llevar a mi sobrino con @tito.javi'),
         (G, 'mention_message', 'Con @nachomoreno fuimos en octubre y el viento en el desfiladero era flipante, llevad cortavientos aunque haga sol'),
         (G, 'mention_message', '@mikel_arriaga el casco te lo dan en la entrada, no hace falta que lleves el de la bici jajaja'),
         (S, 'tag_list', '@maria.jse @lauuura_g @elenita.pr vamooos'),
         (S, 'tag_only', '@rocio.bd 👀'),
         (S, 'tag_only', '@carlos_vz tíoooo 🙌'),
         (S, 'tag_only', '@anita.rm mira qué pasada 😍'),
         (P, 'self_promo', '@sergiogm si quieres viajar gratis por España y ganar dinero mientras, mira el perfil de @viajaygana.es 💸'),
         (P, 'collab_dm', 'Buscamos embajadores de senderismo 🥾 manda DM a @trekkingstore.oficial para colaborar con nosotros'),
         (P, 'phone_number', 'Entradas para el Caminito sin reserva y sin colas, escribe a @tickets_caminito_malaga o al 612 48 90 73'),
     ])

post('es-p098', 'AR', 'instagram', 't',
     '🧉 SORTEO 🧉 Llegamos a 20 mil y lo festejamos con @yerba.lacalandria: un mate de calabaza forrado en cuero, bombilla de alpaca y 2 kg de yerba. Para participar: seguinos a los dos, dale like y etiquetá a 2 amigos (cada comentario es una chance). Sorteamos el 30/11 en vivo. Solo Argentina.',
     [
         (S, 'tag_list', 'participo!! @flor.benitez @juli_acosta'),
         (S, 'tag_list', '@maxi.sosa7 @caro_rios quiero ganar 🙏🙏'),
         (S, 'tag_list', 'me sumo @agus.lemos @ramiro_ok'),
         (S, 'tag_list', '@nahuel.g @belu.martinez_ 🍀🍀🍀'),
         (S, 'tag_list', 'Participo ❤️ @sofi.carrizo @tincho.pz'),
         (S, 'tag_list', 'vamos que se da @lolo_fernandez @mica.v_ 🤞'),
         (S, 'tag_only', '@juanitaa.r'),
         (G, 'mention_message', '@pato.gimenez si gano el mate es tuyo que el tuyo se rajó, pero la yerba la compartimos eh'),
         (G, 'mention_reply', '@vale_ortiz no hace falta compartir en historias, dice seguir a las dos cuentas, like y etiquetar nomás'),
         (G, 'mention_message', '@mate.y.medialunas ¿el de calabaza viene curado o hay que curarlo? así le aviso a @gonza.re que es el experto'),
         (G, 'mention_message', 'Etiqueto a @rochi_medina porque es la única que toma amargo de verdad, la bombilla de alpaca se la merece 😂'),
         (G, 'mention_reply', '@lucas.aguero93 es solo Argentina, lo dice el posteo, a Montevideo no mandan'),
         (P, 'giveaway_scam', '@flor.benitez 🎉 ¡Felicitaciones! Sos una de las ganadoras, escribile a @mate.medialunas.sorteo para reclamar tu premio antes de 24 hs 🎁'),
         (P, 'giveaway_scam', 'GANADORES YA ELEGIDOS ✅ revisen @sorteos.yerbalacalandria y completen sus datos para el envío'),
         (P, 'self_promo', 'Mates personalizados con tu nombre 🧉 mirá @mateslapampa.ar, envíos a todo el país'),
     ])

post('es-p099', 'CO', 'youtube', 't',
     'Armé un PC gamer por menos de 3 millones en Bogotá 🎮 Ryzen 5 7600, RTX 4060, 32 GB DDR5 y monitor de 165 Hz. Precios de Unilago y lista de partes en la descripción.',
     [
         (G, 'mention_reply', '@camilo_rios93 a mí también me llegó la 4060 con ese chillido de bobina, se me quitó limitando los FPS a 160'),
         (G, 'mention_reply', '@user-kq7xm3ab9z no parce, con 8 GB de VRAM sí le corre Warzone en alto, lo que no le va a correr es en ultra con texturas 4K'),
         (G, 'mention_message', '@santi.ospina_ mire, este es el armado que le dije, con la prima de diciembre le alcanza si compra en Unilago'),
         (G, 'mention_message', '@JuanseArma ¿la fuente de cuántos vatios? es que @felipe-m.gaming dice que 550 se queda corta para la 4060'),
         (G, 'mention_reply', '@valentinaa.g yo no estoy de acuerdo con usted, 3 millones más el monitor... por esa plata mejor una PS5 y se ahorra el lío de drivers'),
         (G, 'mention_message', '@tato.rpm pa que vea que no toca comprar el armado de Falabella, aquí sale con 32 gigas y por menos plata'),
         (G, 'mention_message', 'qué chimba el video, pero @JuanseArma el monitor ya subió, en Unilago me lo dejaron en 720 mil'),
         (G, 'mention_message', '@sebas.gt vea, 32 gigas de DDR5, y usted todavía con 8 en ese portátil que suena como avión'),
         (S, 'tag_only', '@dave_mrtz'),
         (S, 'tag_list', '@nico.bernal @kevin_cc @sebas.gt'),
         (S, 'tag_only', '@laurapz jajaja 😂'),
         (S, 'tag_only', '@brayan.j7 uy 👀🔥'),
         (P, 'crypto', '@camilo_rios93 si quiere armarse el PC sin gastar su plata, yo me gané 2 millones en un mes con la profe @diana.inversiones.co 📈'),
         (P, 'self_promo', 'Vendo RTX 3060 usada en 650 mil, muy buen estado 👉 escriba al DM de @pcusados.bogota'),
         (P, 'phone_number', '@JuanseArma brutal el armado 🔥 pa los que quieran las partes más baratas importamos desde USA, wasap 315 228 4619'),
     ])

post('es-p100', 'CL', 'tiktok', 'h',
     'Hace un año adopté a la Canela en un refugio de Ñuñoa 🐶 llegó con 6 kilos y miedo a todo, hoy pesa 14 y se roba los calcetines. Adopten, no compren 🧡 #adopcion #perritoschile',
     [
         (G, 'mention_message', '@javi.soto_ te dije que el refugio de Ñuñoa era bueno po, vamos el sábado a conocer a los cachorros'),
         (G, 'mention_reply', '@constanza.mr el mío también llegó con miedo a los hombres, con harta paciencia y premios se le pasó en como 3 meses'),
         (G, 'mention_message', '@benja.araya la Canela es igualita a la Luna, mira la mancha en la oreja 😭'),
         (G, 'mention_message', '@canela.y.yo ¿qué le diste para que subiera de peso? el que adoptamos con @fran_rojas está en los huesos'),
         (G, 'mention_reply', '@pipe_gonzalez no es llegar y adoptar, el refugio te hace entrevista y visita a la casa, a nosotros nos demoró dos semanas'),
         (G, 'mention_message', 'jajaja lo de los calcetines @tami.vergara, es tu Pancho, ese se los come derechamente'),
         (G, 'mention_message', '@caro.ibanez18 por esto te digo que no compres el bulldog, mira cómo queda una quiltra con cariño'),
         (G, 'mention_message', '@mati.cerda de 6 a 14 kilos, igual que el Toby cuando lo sacamos del canil de Maipú'),
         (S, 'tag_only', '@nacha.pz 🥺🥺'),
         (S, 'tag_only', '@seba_mella'),
         (S, 'tag_list', '@cata.leiva @dani.fuentes 😍😍'),
         (S, 'tag_only', '@vicente.oo cuándo 👀'),
         (P, 'self_promo', 'Sigan a @petshop.providencia 🐾 camas y ropita pa perritos con despacho en todo Santiago'),
         (P, 'giveaway_scam', '@canela.y.yo felicidades, fuiste seleccionada para un saco de 15 kg de alimento gratis, reclámalo en @sorteo.mascotas.cl 🎁'),
         (P, 'self_promo', '@constanza.mr hola! si necesitas plata pal veterinario, @prestamos.rapidos.chile te deposita hoy mismo sin revisar Dicom'),
     ])

post('es-p101', 'PE', 'instagram', 't',
     'Ceviche clásico limeño en casa 🐟 Lenguado, limón sutil recién exprimido, ají limo, cebolla roja y un toque de kion. El secreto: no más de 2 minutos en el limón. Acompañen con camote y choclo 🌽 #cevicheperuano #comidaperuana',
     [
         (G, 'mention_message', '@ale.quispe_ ya ves que el lenguado no se deja media hora en el limón, por eso el tuyo sale como chicle 😂'),
         (G, 'mention_message', '@renzo.cg este domingo ceviche en tu casa causa, yo llevo el pescado del terminal de Chorrillos'),
         (G, 'mention_reply', '@mariela_tv con tilapia también sale, pero se deshace más rápido, yo le doy solo un minuto'),
         (G, 'mention_reply', '@diegoaf discrepo hermano, sin leche de tigre aparte no es ceviche clásico, igual se ve buenazo'),
         (G, 'mention_message', '@chef.rodrigo.pe ¿el kion lo rallas o lo licúas con el limón? @kathy.sal y yo no nos ponemos de acuerdo'),
         (G, 'mention_message', 'Mi abuela decía lo mismo de los 2 minutos @lucho_prado93, ahora entiendo por qué el de tu barrio sabe a limón puro'),
         (G, 'mention_message', '@andre.vasquez esta es la receta, apunta: limón sutil, no uses el tahití que sale amargo'),
         (G, 'mention_message', '@yola_mendoza con camote y choclo como dice, nada de arroz al costado como haces tú 🙈'),
         (S, 'tag_only', '@gianella.rm 🤤🤤'),
         (S, 'tag_list', '@jhon.pv @yesi_torres @bruno.ch'),
         (S, 'tag_only', '@fiorella.c ya sabes 😏'),
         (S, 'tag_only', '@kevin.lz jajaja'),
         (P, 'self_promo', 'Pidan su ceviche por delivery en @cevicheria.elpulpito 🐙 Miraflores y Surco, pedidos al DM'),
         (P, 'praise_then_spam', 'Qué rico se ve 😍 ¿quieres crecer tu cuenta de comida? te consigo 5 mil seguidores reales, escríbeme a @crece.tu.ig.peru'),
         (P, 'phone_number', '@mariela_tv hola, vendo lenguado fresco de Paita al por mayor, pedidos al 949 213 587'),
     ])

post('es-p102', 'MX', 'tiktok', 'h',
     '✨ GIVEAWAY ✨ En colaboración con @dermaluz.mx regalamos 3 kits: limpiador en gel, sérum de niacinamida al 10% y protector FPS 50. Para participar: sígannos a las dos, compartan en historias y etiqueten a 3 amigas. Solo México 🇲🇽 ganadoras el 1 de diciembre. #giveaway #publi',
     [
         (S, 'tag_list', 'participo 💖 @andy.mtz @ceci_rdz @karlaa.gp'),
         (S, 'tag_list', 'quiero ganar 🙏 @mich_vela @rebe.lopez @ivonne.s'),
         (S, 'tag_list', '@daniela.cuevas @sam.orozco @bren_ledezma ✨✨'),
         (S, 'tag_list', 'me apunto @vale.ibarra_ @fatima.hg @nay.trejo'),
         (S, 'tag_list', 'Participando!!! @paola_ch @ale.m.osorio @yuri.rz 🤞🤞'),
         (S, 'tag_list', 'ojalá me toque 🥺 @lizbeth.n @mayra_cs @gaby.t'),
         (S, 'tag_only', '@dulce.mg 👀'),
         (G, 'mention_message', '@ceci_rdz si ganamos el sérum de niacinamida es para ti que tienes los poros abiertos, yo me quedo el protector jaja'),
         (G, 'mention_reply', '@andy.mtz no se vale nomás etiquetar, también hay que compartirlo en historias, léelo bien 😅'),
         (G, 'mention_message', '@lapielde.sofi ¿el protector deja blanco? @mony.ayala es morena y todos le dejan cara de fantasma'),
         (G, 'mention_reply', '@karla.sv92 la niacinamida al 10% a mí me irritó al principio, úsala un día sí y un día no'),
         (G, 'mention_message', 'Etiqueto a @tania_fr que dice que el FPS 50 es solo pa la playa, a ver si ganándolo sí se lo pone diario 😂'),
         (P, 'giveaway_scam', '@mich_vela 🎉 ¡Felicidades, ganaste el kit! Manda tus datos y 99 pesos del envío a @dermaluz.mx.ganadoras'),
         (P, 'giveaway_scam', 'Las ganadoras ya fueron elegidas 💖 revisen @sorteos_lapieldesofi para confirmar su premio'),
         (P, 'self_promo', 'sigan a @glowstore.mx 🔥🔥 tenemos el mismo sérum a mitad de precio'),
     ])

post('es-p103', 'ES', 'youtube', 't',
     'Mi primera media maratón: Valencia en 1:58 🏃\u200d♀️ Plan de 12 semanas, 4 días de carrera, tirada larga los domingos y geles en el km 8 y el 15. Lo que haría distinto, al final del vídeo.',
     [
         (G, 'mention_message', '@nuria.pastor ya no tienes excusa, si ella bajó de 2 horas con 4 días a la semana nosotras también, me apunto contigo a la de Sevilla'),
         (G, 'mention_reply', '@xabi_etxe a mí también me dio flato en el 15 con el gel, prueba a tomarlo con agua y no con isotónica'),
         (G, 'mention_reply', '@ElenaRunsBCN totalmente en desacuerdo, 4 días es poco para bajar de 2 h si partes de cero, ella ya tenía base'),
         (G, 'mention_message', '@MartaCorre ¿qué zapatillas llevaste? @pau.garcia.r dice que con placa de carbono en la primera media es tirar el dinero'),
         (G, 'mention_message', '@dani.vm mira lo de los geles en el km 8 y el 15, tú que te tomaste tres de golpe en Bilbao 😂'),
         (G, 'mention_reply', '@user-zt4np8k1qe la tirada larga la subía un km cada semana, lo explica hacia el minuto 6'),
         (G, 'mention_message', 'Qué gozada ver esto @lorena.ruiz_, el año pasado estábamos las dos en ese mismo km 20 llorando jajaja'),
         (G, 'mention_message', '@sara.blanco_ tirada larga los domingos, se acabaron los brunch a las 11 jaja'),
         (S, 'tag_only', '@alvaro.gs'),
         (S, 'tag_only', '@MiriamFdz tía 👀'),
         (S, 'tag_list', '@raquel.mm @javi.olmo @ines_sr'),
         (S, 'tag_only', '@jorge_pr jajajaja'),
         (P, 'crypto', '@xabi_etxe hola! Si quieres ingresos extra para pagarte las carreras, yo sigo a @carlos.inversor.es y ya saco 300 € a la semana 📈'),
         (P, 'self_promo', 'Plan de entrenamiento personalizado para bajar de 1:50 por solo 19,99 € 👉 @runcoach.pro.es'),
         (P, 'follow4follow', '¿Nos seguimos? 🏃\u200d♂️ corredores, seguid a @runners.madrid.team y os seguimos de vuelta'),
     ])

# ---------------------------------------------------------------- batch 6 (2026-11-24)
# like-bait: a comment that asks for likes on itself ("like si la escuchas en 2025", "si llego a 500 likes...") is
# spam (it farms likes to climb to the top of the thread, where it can later be edited into a link); the same
# nostalgia or praise without asking for likes is superficial, and "le di like" about the post stays genuine

post('es-p104', 'MX', 'youtube', 't',
     "Toqué 'Amor Eterno' en piano por primera vez 🎹 Me tardé tres semanas en aprender la parte del medio. Partitura en la descripción.",
     [
         (G, '', 'la parte del medio es la que más me cuesta a mí también, la mano izquierda va rapidísimo'),
         (G, '', 'me gusta que la tocaste más lenta que el original, se siente todavía más triste'),
         (G, 'short_specific', 'le di like y guardé la partitura, ¿es para nivel principiante o intermedio?'),
         (G, '', 'mi abuela la cantaba en cada cumpleaños, gracias por subirla 🥹'),
         (G, 'question', '¿qué teclado es? suena muy real para ser digital'),
         (S, '', 'hermoso 😍'),
         (S, '', '¿quién la escucha en 2025?'),
         (S, '', 'qué talento'),
         (P, 'like_bait', 'like si la escuchas en 2025 🙌'),
         (P, 'like_bait', 'dale like a este comentario para que Juan Gabriel lo vea desde el cielo 🙏'),
         (P, 'like_bait', 'si este comentario llega a 500 likes aprendo a tocar piano'),
         (P, 'like_bait', 'like si viniste por TikTok 👇'),
         (P, 'like_bait', 'no te vayas sin darle like a mi comentario 😌'),
     ])

post('es-p105', 'AR', 'tiktok', 't',
     'Probé hacer chipá en la air fryer 🧀 Quedaron crocantes por fuera pero un poco crudos adentro. La próxima los dejo 4 minutos más.',
     [
         (G, '', 'bajale la temperatura y dejalos más tiempo, así se cocinan parejo adentro'),
         (G, 'question', '¿usaste queso sardo o cremoso? con cremoso me quedaban re húmedos'),
         (G, '', 'me gusta que muestres cuando te sale mal, no todo el mundo lo hace'),
         (G, 'short_specific', 'en mi air fryer a 180 tardan 14 minutos, probá así'),
         (G, '', 'mi vieja los hace en el horno de toda la vida y jamás le salen crudos jaja'),
         (S, '', 'qué rico 🤤'),
         (S, '', 'quiero'),
         (S, '', 'jajaja genia'),
         (P, 'like_bait', 'like si también comiste chipá crudo por ansioso 😂'),
         (P, 'like_bait', 'denle like así este comentario queda arriba de todo 👆'),
         (P, 'like_bait', '¿cuántos likes para que me haga una tanda a mí? 👀'),
         (P, 'like_bait', 'like a este comentario si leíste "chipá" con tonada paraguaya'),
     ])

post('es-p106', 'ES', 'youtube', 'h',
     'Ruta de tapas por Granada con 15 euros 🍷 En cada bar te ponen una tapa gratis con la bebida. Mis favoritos: Los Diamantes y la Bodega Castañeda.',
     [
         (G, '', 'Los Diamantes siempre está hasta arriba, hay que ir antes de las ocho'),
         (G, '', 'en la Castañeda pide el vermut, la tapa de jamón que te ponen con él es otra cosa'),
         (G, '', 'me gusta que hayas puesto lo que costó cada ronda, así uno se hace una idea'),
         (G, 'question', '¿15 euros para cuántas personas? en Jaén con eso comemos dos'),
         (S, '', 'qué buena pinta'),
         (S, '', '¿quién está aquí en 2025?'),
         (S, '', 'Granada ❤️'),
         (P, 'like_bait', 'like si eres de Granada y esto te parece poco 😤'),
         (P, 'like_bait', 'dadle like a mi comentario para que lo vea más gente de Andalucía 👇'),
         (P, 'like_bait', 'si llego a 100 likes me voy mañana a Granada'),
         (P, 'like_bait', 'like si viste el vídeo entero 🙌'),
     ])

post('es-p107', 'CO', 'instagram', 't',
     'Mi rutina de skincare de noche con productos de farmacia 🌙 limpiador suave, niacinamida al 10% y una crema con ceramidas. Todo por menos de 90 mil pesos.',
     [
         (G, '', 'la niacinamida al 10% me dio rojez al principio, empecé en días alternos y ya la tolero'),
         (G, 'question', '¿la crema de ceramidas sirve para piel mixta o es muy pesada?'),
         (G, '', 'le di like porque por fin alguien muestra precios de farmacia y no cosas de 200 mil'),
         (G, '', 'yo uso el mismo limpiador y me dura como tres meses, rinde un montón'),
         (S, '', 'qué piel tan linda 😍'),
         (S, '', 'amo tus videos'),
         (P, 'like_bait', 'los que le den like a este comentario amanecen con la piel perfecta ✨'),
         (P, 'like_bait', 'regálenme 50 likes porfa, nunca me dan likes 🥺'),
         (P, 'like_bait', '👍 si tú también te duermes sin quitarte el maquillaje'),
         (P, 'like_bait', 'suban este comentario para que haga una rutina de día 👆👆'),
         (P, 'like_bait', 'like si tienes más productos que ganas de usarlos 😂'),
     ])

post('es-p108', 'PE', 'youtube', 't',
     'Subí al nevado Pastoruri en un día desde Huaraz 🏔️ 5.000 metros, el glaciar se está derritiendo rapidísimo y se nota cada año. Lleven hojas de coca y abrigo de verdad.',
     [
         (G, '', 'fui en 2015 y el glaciar llegaba mucho más abajo, da pena ver cómo está ahora'),
         (G, 'question', '¿el soroche te dio fuerte? yo en Huaraz ya estaba mareado'),
         (G, '', 'el mate de coca en el paradero a mitad de camino me salvó la vida jaja'),
         (S, '', 'qué lindo mi Perú 🇵🇪'),
         (S, '', 'buen video causa'),
         (P, 'like_bait', 'denle like a este comentario para que más gente sepa que el glaciar se está acabando'),
         (P, 'like_bait', 'si llega a mil likes subo yo también a Pastoruri'),
         (P, 'like_bait', 'like para que el algoritmo me recomiende más videos así'),
         (P, 'like_bait', 'dale like si viste todo el video con la boca abierta 😮'),
     ])

# ---------------------------------------------------------------- batch 7 (2026-11-24)
# moments of a clip ("el 1:05") are genuine however short; "¿quién viene de...?" is superficial; self-promotion
# without the usual words ("pásate a ver mi versión"), "invierte con @..." pitches and fake platform-support
# messages are spam; people warning others about those scams are genuine (see README, batch 7)

post('es-p109', 'MX', 'tiktok', 't',
     'Cover de "Como la flor" en ukulele 🌸 a la primera toma, con todo y el perro ladrando al final',
     [
         (G, 'timestamp', 'en el 0:38 se te quebró poquito la voz y quedó más bonito así'),
         (G, 'timestamp', '1:02 el perro haciendo segunda 😂'),
         (G, 'short_specific', 'qué afinación usas? en la mía no me sale el acorde del coro'),
         (G, '', 'mi papá me la cantaba en el carro rumbo a Monterrey, me hiciste llorar'),
         (S, 'here_after', '¿quién viene de la transmisión del homenaje? 🙋‍♀️'),
         (S, '', 'hermosa voz ✨'),
         (S, 'part2', 'haz parte 2 plis'),
         (P, 'self_promo', 'yo también la toqué en guitarra la semana pasada, pásense a mi video y me dicen qué tal 🙏🎸'),
         (P, 'self_promo', 'qué bonito!! acabo de subir mi versión con mariachi, ojalá la escuchen 🥺'),
         (P, 'crypto_handle', 'el talento se paga, y el dinero también se hace: mi asesor @fx_diego_oficial me duplicó lo que invertí en un mes'),
     ])

post('es-p110', 'ES', 'youtube', 't',
     'Pruebo el menú del día más barato de Madrid (9,50 €) 🍽️ primero, segundo, postre y bebida. ¿Merece la pena o es una trampa para turistas?',
     [
         (G, 'timestamp', 'lo del 4:10 cuando te sacan el flan de bote casi me da algo jajaja'),
         (G, 'timestamp', 'a partir del 6:30 se nota que el camarero ya te había reconocido'),
         (G, '', 'por 9,50 con bebida en Lavapiés no está mal, pero las lentejas se veían aguadas'),
         (G, 'scam_warning', 'ojo que hay una cuenta copiando tus vídeos y pidiendo Bizum para "sortear" cenas, ya la he denunciado'),
         (S, 'here_after', '¿alguien más viene del vídeo de Ibai? 👀'),
         (S, '', 'buen vídeo 👍'),
         (S, '', 'top'),
         (P, 'phishing', 'Hola, somos el equipo de seguridad de YouTube. Su canal será cerrado en 24 h por reclamaciones de copyright; revise el formulario del enlace de nuestro perfil'),
         (P, 'self_promo', 'Muy bueno! Yo hice el mismo reto en Valencia, a ver si alguien se anima a verlo 😊'),
         (P, 'crypto_handle', 'Mientras tú pagas 9,50 por un menú, yo cobro rendimientos diarios con @inversiones.almudena 📈'),
     ])

post('es-p111', 'AR', 'instagram', 't',
     'Armé mi primer mueble con pallets 🪚 Me llevó dos fines de semana, lijar fue lo peor. Los tornillos los compré en el corralón del barrio.',
     [
         (G, 'scam_warning', 'cuidado con los que comentan que "vendemos pallets tratados, escribinos", a mi viejo le sacaron la seña y nunca aparecieron'),
         (G, 'scam_warning', 'che, me llegó un mensaje de una cuenta igual a la tuya pidiendo que pague un envío, supongo que no sos vos, ¿no?'),
         (G, 'question', '¿con qué los sellaste? yo usé laca al agua y se me pusieron amarillos'),
         (G, '', 'el lijado es un garrón, comprate una lijadora orbital usada y te cambia la vida'),
         (S, '', 'quedó re lindo 👏'),
         (S, '', 'genio total'),
         (S, 'part2', 'parte 2 ya!!'),
         (P, 'phishing', 'Centro de ayuda de Instagram: detectamos actividad sospechosa en tu perfil. Verificá tu cuenta en el link de nuestra bio o será desactivada'),
         (P, 'self_promo', 'Muy lindo! Yo hago muebles a medida, fijate los trabajos que subí y contame 🙌'),
         (P, 'crypto_handle', 'Con lo que sale la madera hoy mejor poné la plata a trabajar, @cripto.meli_ok te explica cómo yo ya gano en dólares'),
     ])

post('es-p112', 'CO', 'tiktok', 't',
     'Probé el ajiaco de la plaza de Paloquemao 🥣 con guascas, alcaparras y crema. 18 mil pesos y quedé listo para una siesta.',
     [
         (G, 'timestamp', 'la señora del 0:25 diciendo "mijo eso se come con aguacate" jajaja'),
         (G, 'timestamp', 'en el segundo 50 se ve que le echaron crema después, así no es'),
         (G, 'scam_warning', 'a mi mamá le escribieron haciéndose pasar por Bancolombia con un link, no le den clic a nada de eso, no es el banco'),
         (G, 'question', '¿abren los domingos? quiero llevar a mis tías'),
         (S, 'here_after', '¿quién viene después del live de anoche?'),
         (S, '', 'qué delicia 😍'),
         (S, '', 'provocó'),
         (P, 'phishing', '📢 Soporte Meta: tu perfil infringe nuestras normas comunitarias. Para no perder tu cuenta completa el formulario de apelación: meta-apelacion.help/co'),
         (P, 'self_promo', 'Yo también reseño comida bogotana, el de la semana pasada fue la lechona del 7 de agosto, los invito 🐷'),
         (P, 'crypto_handle', '18 mil pesos es lo que gano en 10 minutos haciendo trading con @senales_vip_col 💸 pregúntenle'),
     ])

post('es-p113', 'CL', 'youtube', 'h',
     'Subí al cerro Manquehue por primera vez ⛰️ 2 horas de subida, el último tramo es pura piedra suelta. Les dejo la ruta y lo que llevé.',
     [
         (G, 'timestamp', 'lo del 3:45 con la piedra que se te fue, qué susto'),
         (G, 'timestamp', 'desde el 7:20 se ve todo Santiago, con el smog y todo igual es lindo'),
         (G, 'scam_warning', 'hay un perfil que se llama igual que tú pero con un punto extra ofreciendo "tours pagados", no es él, no le transfieran'),
         (G, 'question', '¿se puede subir con niños de 10 años o es muy pesado?'),
         (S, 'here_after', '¿quién más llegó por el video del Plomo? ✋'),
         (S, '', 'buenísimo 👌'),
         (S, 'part2', 'segunda parte por favor'),
         (P, 'phishing', 'Equipo de YouTube Creators: su video fue marcado por derechos de autor. Responda a nuestro correo en el perfil antes de 48 horas para evitar el cierre'),
         (P, 'self_promo', 'Qué buena ruta! Hace poco subí el Provincia con mi perro, pasen por mi canal si les interesa 🐕'),
         (P, 'crypto_handle', 'el que quiera llegar a la cima de verdad que invierta con @rentabilidad_santiago, en dos semanas recuperé todo lo que había perdido'),
     ])

# ---- batch 13 (es-p114..es-p115, 2026-11-24): followers' own progress with numbers ("empecé tu rutina hace 8
# semanas, de 60 a 75 kilos, gracias") is genuine: a QA probe's English twin read as spam (the n-grams took
# "weeks", "from 80 to", "thank" for a scam testimonial). The spam here credits a third party or sells something.
post('es-p114', 'MX', 'youtube', 't',
     'Rutina de fuerza de 3 días para principiantes 🏋️ Sentadilla, peso muerto y press banca, 3 series de 5. Así empecé yo hace dos años con 40 kilos en la barra.',
     [
         (G, 'progress', 'empecé con esta rutina en agosto y ya paso de 50 a 85 kilos en peso muerto, gracias por explicarlo tan claro'),
         (G, 'progress', 'llevo 10 semanas y por fin hago sentadilla sin que me duelan las rodillas, lo de empujar el piso me cambió todo'),
         (G, 'progress', 'mi esposa y yo la hacemos juntos desde enero, ella subió de 20 a 45 en banca y yo bajé 7 kilos de grasa 💪'),
         (G, 'question', '¿a los cuántos meses conviene pasar a 4 días? ya me estanqué en press banca'),
         (G, 'negative', 'está bien pero 3x5 para principiantes se me hace poco volumen, yo prefiero 3x8 al inicio'),
         (S, '', 'grande profe 💪'),
         (S, 'part2', 'hagan la de 5 días porfa'),
         (P, 'crypto_handle', 'yo también empecé de cero pero con mis finanzas, @coach.rodrigo_inversiones me hizo ganar 30 mil pesos en 6 semanas, escríbanle'),
         (P, 'self_promo', 'Si quieren resultados en 30 días tengo planes personalizados con dieta incluida, mándenme mensaje y les paso precios 📲'),
         (P, 'praise_then_spam', 'excelente video 👏 yo subí 8 kilos de músculo en un mes con la creatina que vendo, info por DM'),
     ])

post('es-p115', 'ES', 'instagram', 't',
     'Cómo ahorré 6.000€ en un año cobrando 1.300 al mes 💶 Apunté cada gasto, cancelé suscripciones y cocino los domingos para toda la semana. Os dejo la plantilla.',
     [
         (G, 'progress', 'usé tu plantilla desde marzo y llevo 1.800€ ahorrados, nunca había pasado de 200, gracias de verdad'),
         (G, 'progress', 'lo de cocinar los domingos me ahorra unos 150€ al mes, en tres meses ya tengo el fondo para el dentista'),
         (G, 'progress', 'hace 6 semanas cancelé cuatro suscripciones después de ver tu vídeo y ni las echo de menos, 47€ al mes que se quedan en casa'),
         (G, 'question', '¿la plantilla funciona en Numbers o solo en Excel?'),
         (G, 'negative', 'con 1.300 en Madrid pagando alquiler esto es imposible, en otra ciudad vale'),
         (S, '', 'qué crack 👏'),
         (S, '', 'muy útil, gracias'),
         (P, 'crypto_handle', 'ahorrar está bien pero yo pasé de 2.000 a 19.000€ en dos meses gracias a @marta.trader_es, escribidle y os explica'),
         (P, 'self_promo', 'Yo enseño a invertir desde 50€ al mes, en mi perfil tenéis el curso con descuento solo esta semana 📈'),
         (P, 'crypto', 'Gracias al señor Alberto Ruiz recuperé lo que perdí y ahora cobro 900€ semanales, contactadle por WhatsApp +34 612 000 111'),
     ])

# ---- batch 14, README "Batch 9" (es-p116..es-p118, 2026-11-24): followers asking for the link or the recipe, or
# thanking the creator for a concrete result, with 🙏 ("pásame el link del sérum porfa 🙏"), are genuine; specific
# comments that end in an emoji are genuine; greetings from a city with generic praise ("chévere, saludos desde
# Chiclayo") are superficial; sellers offering their own goods in a buyer's words ("vendo ..., precio por privado",
# "tengo los mismos a mitad de precio") are spam. A buyer's "precio por privado" about the post's product stays
# genuine beside them.
post('es-p116', 'PE', 'instagram', 't',
     'Mi rutina de noche 🌙 limpiador de avena, sérum de niacinamida al 10% y una crema con ceramidas. Todo de @naturelle.pe, link en mi bio y con ROSA15 tienen 15% #publi',
     [
         (G, 'request', 'pásame el link del sérum porfa 🙏'),
         (G, 'request', '¿el código ROSA15 sirve para envíos a Trujillo? 🙏'),
         (G, 'progress', 'gracias a ti dejé el jabón de tocador en la cara y ya no se me reseca ni se me pone roja 🙏'),
         (G, 'request', 'link del limpiador de avena plis 😍 mi piel es súper sensible'),
         (G, 'emoji_end', 'a mí la niacinamida al 10% me picaba las primeras semanas, ¿a ti no? 😅'),
         (G, 'emoji_end', 'ese frasquito ámbar del sérum está precioso 😍'),
         (G, 'question', 'precio por privado porfa, me interesa la crema de ceramidas'),
         (S, 'regional', 'Chévere flaca, saludos desde Chiclayo 🙌'),
         (S, 'regional', 'bendiciones desde el Cusco, siempre tan linda ✨'),
         (S, '', 'hermosaaa 😍😍'),
         (P, 'seller', 'Vendo sérums coreanos originales a mejor precio, pregúntame por interno 💕'),
         (P, 'seller', 'yo tengo la misma crema a 35 soles y hago delivery en Lima, escríbeme'),
         (P, 'seller', 'Hago limpiezas faciales a domicilio, separa tu cita al privado ✨'),
     ])

post('es-p117', 'CO', 'tiktok', 't',
     'Arepas de choclo rellenas de queso 🧀 la receta de mi abuela en Boyacá: maíz tierno, mantequilla y un toque de azúcar. ¿Ustedes con qué las acompañan?',
     [
         (G, 'request', 'me regala la receta con medidas porfa 🙏 las quiero hacer para el cumple de mi papá'),
         (G, 'progress', 'gracias a usted ya me salen sin que se rompan en el sartén, lo de la mantequilla fue clave 🙌'),
         (G, 'request', '¿dónde consigo el maíz tierno en Bogotá? 🙏 en el súper de mi barrio no hay'),
         (G, 'emoji_end', 'yo las acompaño con chocolate santafereño y queso, como en la casa de mi abuela 😭❤️'),
         (G, 'emoji_end', 'ese queso derritiéndose cuando la parte 🤤🤤'),
         (G, 'emoji_end', 'jajaja el perro esperando debajo de la estufa a que se caiga una 😂'),
         (S, 'regional', 'Qué chimba parce, saludos desde Pereira 🇨🇴'),
         (S, 'regional', 'un abrazo desde Barranquilla mi vida, sigue así que vas muy bien 💛'),
         (S, 'regional', 'Saludos desde Quito, te sigo desde hace tiempo y eres la mejor, Dios te bendiga siempre'),
         (P, 'seller', 'Vendemos ollas arroceras y sanducheras a precio de fábrica, info por privado 📦'),
         (P, 'seller', 'vendo cuentas de Netflix y Disney+ a 12 mil el mes, escriba al privado'),
         (P, 'seller', 'yo tengo emprendimiento de arepas congeladas y hacemos envíos a toda Bogotá, pedidos por interno 😋'),
     ])

post('es-p118', 'ES', 'youtube', 't',
     'He probado los 5 bocadillos de calamares más famosos de Madrid 🦑 De 3,50€ a 9€, ¿merece la pena pagar más? Ranking al final.',
     [
         (G, 'request', '¿nos pones la dirección del segundo sitio? 🙏 el de la Plaza Mayor nunca me ha convencido'),
         (G, 'progress', 'gracias a tu vídeo de las croquetas fuimos al bar de Lavapiés y acertamos de pleno 🙌'),
         (G, 'emoji_end', '9 euros por un bocata de calamares es un atraco 😂'),
         (G, 'emoji_end', 'el crujido del pan del tercero se oía desde aquí 🤤'),
         (G, 'emoji_end', 'el camarero jurando que el alioli era casero 💀'),
         (G, 'emoji_end', 'el número 1 es mi bar de toda la vida, qué ilusión verlo ahí 😭'),
         (S, 'regional', 'Saludos desde Almería, tus vídeos me alegran el día'),
         (S, 'regional', 'un saludo desde Vigo crack, sigue así 👏'),
         (S, 'regional', 'Saludos desde México 🇲🇽 me encanta todo tu contenido, eres el mejor'),
         (P, 'seller', 'Vendo dos entradas para el Bernabéu del sábado, precio por privado'),
         (P, 'seller', 'Reparo móviles y tablets en Madrid centro, presupuesto sin compromiso por DM 📱'),
         (P, 'seller', 'tengo las mismas zapatillas que llevas a mitad de precio, réplicas perfectas, escríbeme'),
     ])

# ---- batch 15, README "Batch 10" (es-p119..es-p122, 2026-11-24): written after a blind probe set's misses (none
# copied): sellers of the post's own category (rentals, handmade goods, classes, home services, replicas) are spam
# even when they share its words; generic praise with a greeting in heavy regional slang is superficial; a greeting
# that goes on to say something about the post, and buyers asking where to get it, stay genuine.
post('es-p119', 'MX', 'instagram', 't',
     'Vestido de lino verde olivo para boda de día 🌿 lo combiné con sandalias de tacón bajo y aretes dorados. ¿Qué les parece para madrina?',
     [
         (P, 'seller', 'tengo vestidos de fiesta en renta desde 400 pesos, hago envíos a todo México, mándame mensaje 💃'),
         (P, 'seller', 'yo hago aretes artesanales de chapa de oro, pedidos por inbox 🌸'),
         (P, 'seller', 'Vendo sandalias por catálogo, tallas del 22 al 27, pregunta sin compromiso'),
         (G, 'question', '¿de qué tienda es el vestido? me urge uno para el 14 🙏'),
         (G, 'question', 'info de las sandalias porfa, ¿sí aguantan toda una boda?'),
         (G, 'negative', 'para madrina yo le pondría un tocado o algo en el pelo, así se ve muy sencillo'),
         (G, 'emoji_end', 'el verde olivo con el dorado combina perfecto 😍'),
         (S, 'regional', 'Qué onda mi reina, saludos hasta Culiacán, puro flow 🔥'),
         (S, 'regional', 'Saludos desde Hermosillo Sonora, eres mi inspiración amiga 💖'),
         (S, 'regional', 'Un abrazote desde Tijuana, me encanta cómo te vistes siempre, sigue así'),
         (S, '', 'divina 😍'),
     ])

post('es-p120', 'ES', 'instagram', 't',
     'Mi pilea peperomioides ha echado 6 hijuelos este verano 🪴 luz indirecta, riego cuando la tierra está seca del todo y abono cada 15 días.',
     [
         (P, 'seller', 'Vendo hijuelos de pilea y de calathea, los mando por correo a toda la península, escríbeme por privado'),
         (P, 'seller', 'hacemos macetas de cerámica a mano en nuestro taller de Valencia, pedidos por MD 🏺'),
         (P, 'seller', 'Alquilo mi estudio en Malasaña por días, con muchísima luz para las plantas 😉 precio por privado'),
         (G, 'question', '¿venderías algún hijuelo? vivo en Zaragoza y no la encuentro en ningún vivero'),
         (G, 'question', '¿qué abono usas? yo le echo el líquido para plantas verdes y se le ponen las hojas amarillas'),
         (G, 'emoji_end', 'la mía en tres años no ha sacado ni uno 😭'),
         (S, 'regional', 'Ole ole, un besazo desde Jerez, qué arte 💃'),
         (S, 'regional', 'Saludos desde Bilbao, me encanta tu cuenta, aupa'),
         (S, 'regional', 'Muchísimo ánimo desde Murcia, tus fotos siempre me dan paz, sigue así que lo haces genial'),
         (S, '', 'preciosa 🌿'),
     ])

post('es-p121', 'AR', 'youtube', 't',
     'Empanadas tucumanas cortadas a cuchillo 🥟 matambre, cebolla de verdeo, comino y el repulgue que me enseñó mi vieja. Horno de barro, 8 minutos.',
     [
         (P, 'seller', 'hago empanadas congeladas por docena, envíos en CABA y GBA, pedidos por privado 😋'),
         (P, 'seller', 'vendo hornos de barro a medida, consultame sin compromiso'),
         (P, 'seller', 'Doy clases de cocina regional por zoom, la primera es gratis, escribime'),
         (G, 'question', '¿dónde compraste las tapas? las del súper se me rompen todas al hacer el repulgue'),
         (G, 'place_specific', 'saludos desde Tucumán! te faltó el huevo duro, acá sin huevo no son tucumanas 😅'),
         (G, 'emoji_end', 'ese repulgue de tu vieja es arte puro 👏'),
         (S, 'regional', 'Qué grosso loco, un abrazo desde Rosario 🇦🇷'),
         (S, 'regional', 'Aguante todo lo que hacés, saludos desde Mar del Plata che'),
         (S, 'regional', 'Saludos desde Montevideo bo, sos un crack'),
         (S, '', 'buenísimo 👌'),
     ])

post('es-p122', 'VE', 'tiktok', 't',
     'Maquillaje de novia en 20 minutos 💍 base de larga duración, ojos en tonos champagne y un labial nude que aguantó toda la fiesta.',
     [
         (P, 'seller', 'Soy maquilladora profesional en Caracas, agenda tu cita para novias y quinceañeras por DM 💄'),
         (P, 'seller', 'vendo paletas y bases originales traídas de Miami, precios al mayor y al detal, escríbeme'),
         (P, 'seller', 'hago pestañas pelo a pelo a domicilio en Valencia, pregunta por mis promos'),
         (G, 'question', '¿qué base usaste? yo sudo muchísimo y necesito una que aguante así 🙏'),
         (G, '', 'el labial nude te quedó perfecto con los ojos champagne'),
         (G, 'emoji_end', 'ver que aguantó hasta el final de la fiesta me dio esperanza para mi boda 😭'),
         (S, 'regional', 'Epa mi pana, un saludo desde Barquisimeto, tú eres lo máximo 🇻🇪'),
         (S, 'regional', 'Qué nota chama, bendiciones desde Maracay'),
         (S, 'regional', 'Saludos desde Cali mi amor, siempre tan linda y tan pila 💛', 'es'),
         (S, '', 'hermoso trabajo 👏👏'),
     ])

# ------------------------------------------- extra hand-written comments
# (added during review to existing posts: more long_generic / code_switch)
EXTRA = {
    "es-p001": [(G, "code_switch", "Los hice para el brunch con mis roommates y they loved it, la salsa asada sí hace la diferencia")],
    "es-p005": [(G, "code_switch", "Yo lo compré en Amazon US y me llegó con el cargador, worth it por el precio, pero trae mucho bloatware")],
    "es-p009": [(S, "code_switch", "so cute 😭 qué bonita")],
    "es-p014": [(S, "long_generic", "Eres de los pocos creadores que veo todos los días, siempre tan natural y con tan buen rollo, se nota que disfrutas lo que haces, ojalá sigas muchos años más 🙌💜")],
    "es-p019": [(S, "long_generic", "Me encanta tu contenido, eres súper cercano y siempre das buenas vibras, de las mejores cuentas que sigo sin duda, mucho ánimo con todo 💪✨"),
                (G, "code_switch", "El Keychron K2 es top, pero con los keycaps de stock el sonido es un poco meh, cámbialos")],
    "es-p020": [(G, "code_switch", "Boca gana 2-1, I'm calling it, y el asado lo hacemos en tu casa jaja")],
    "es-p027": [(G, "code_switch", "Tu team está bien meta pero Urshifu con Focus Sash is a must, confía")],
    "es-p031": [(G, "typos", "yo la ago con pimiento verde tmb y ke nadie me juzgue")],
    "es-p037": [(S, "long_generic", "Siempre haces videos súper buenos y bien explicados, eres un siete, se nota la dedicación que le pones a todo, sigue así que tienes mucho futuro 👏👏")],
    "es-p044": [(S, "typos", "q buen asadoo maestroo")],
    "es-p052": [(S, "code_switch", "beautiful 🤍 bendiciones")],
    "es-p069": [(S, "code_switch", "beast mode 💪🔥")],
}

FIELDS = ["id", "lang", "region", "platform", "post_id", "caption", "text",
          "label", "kind", "split"]


def rows():
    import random
    out = []
    for p in POSTS:
        comments = list(p["comments"]) + EXTRA.get(p["pid"], [])
        # deterministic per-post order so labels are not grouped
        random.Random(p["pid"]).shuffle(comments)
        for c in comments:
            label, kind, text = c[0], c[1], c[2]
            lang = c[3] if len(c) > 3 else ("mixed" if kind == "code_switch" else "es")
            out.append(dict(lang=lang, region=p["region"], platform=p["platform"],
                            post_id=p["pid"], caption=p["caption"], text=text,
                            label=label, kind=kind, split=p["split"]))
    for i, r in enumerate(out, 1):
        r["id"] = "es-%04d" % i
    return out


def table(title, counter, total):
    lines = ["| %s | n | %% |" % title, "|---|---:|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("| %s | %d | %.1f |" % (k or "(none)", v, 100.0 * v / total))
    return "\n".join(lines)


def stats(rs):
    n = len(rs)
    posts = {r["post_id"]: r["split"] for r in rs}
    parts = ["rows: %d, posts: %d (train %d, heldout %d)" % (
        n, len(posts), sum(1 for s in posts.values() if s == "train"),
        sum(1 for s in posts.values() if s == "heldout"))]
    for col in ("label", "region", "platform", "lang", "split", "kind"):
        parts.append(table(col, Counter(r[col] for r in rs), n))
    parts.append(table("split × label", Counter("%s / %s" % (r["split"], r["label"]) for r in rs), n))
    return "\n\n".join(parts)


if __name__ == "__main__":
    import sys
    rs = rows()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "comments_es.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rs)
    if "--stats" in sys.argv:
        print(stats(rs))
    else:
        print("wrote %d rows" % len(rs))
