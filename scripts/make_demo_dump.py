"""Serialises the hand-written demo dump to datasets/demo/{comments.jsonl,posts.csv}.

Every comment below is written by hand for the project (no scraped text). The dump is built to exercise
each part of the engagement stage: an engagement pod on one creator (12 accounts, near-identical praise
seconds apart), spam (crypto, "check my profile", a fake giveaway), superficial praise, genuine questions
and criticism, creator replies, a sponsored post without disclosure, two disclosed ones, three follower
tiers and one campaign. Run: `.venv/bin/python scripts/make_demo_dump.py` (deterministic output).
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "datasets" / "demo"
CAMPAIGN = "brisa-summer-2025"


@dataclass
class C:
    """One hand-written comment: offset from the post time ('+90s', '+12m', '+3h', '+2d')."""

    author: str
    at: str
    text: str
    ref: str | None = None  # label other comments can reply to
    parent: str | None = None  # label of the comment replied to
    followers: int | None = None
    following: int | None = None


def _offset(s: str) -> timedelta:
    m = re.fullmatch(r"\+(\d+(?:\.\d+)?)([smhd])", s)
    if not m:
        raise ValueError(s)
    n, unit = float(m.group(1)), m.group(2)
    unit_name = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}[unit]
    return timedelta(**{unit_name: n})


# --------------------------------------------------------------------------------------------------
# Posts (one row each). followers: nano 6.8k, micro 23.5k / 48.2k / 67k, mid 212k.
# --------------------------------------------------------------------------------------------------
POSTS = [
    # cocina_de_lupita: Mexican home cooking, micro
    dict(
        post_id="lup_01",
        creator="cocina_de_lupita",
        followers=48200,
        caption="Mole poblano como lo hacía mi abuela 🌶️🍫 Lleva 4 tipos de chile (ancho, mulato, pasilla y "
        "chipotle), se tuesta todo por separado y se muele en tandas. La receta completa está en el carrusel. "
        "¿Ustedes le ponen plátano macho? #molepoblano #cocinamexicana #recetasdelaabuela",
        likes=2140,
        post_comments=58,
        shares=312,
        saves=905,
        views=41200,
        posted_at="2025-05-04T17:30:00Z",
        platform="instagram",
    ),
    dict(
        post_id="lup_02",
        creator="cocina_de_lupita",
        followers=48350,
        caption="Agua fresca de jamaica con un toque de limón y @brisa.mx mineral 🌺🍋 Súper fácil: 1 taza de "
        "flor de jamaica, 2 litros de agua, piloncillo al gusto. Usen mi código LUPITA15 en brisa.mx y les "
        "llega a casa 💕 #aguasfrescas #verano",
        likes=1760,
        post_comments=44,
        shares=95,
        saves=410,
        views=29800,
        posted_at="2025-06-12T19:00:00Z",
        platform="instagram",
        sponsored="",
        disclosed="false",
        campaign=CAMPAIGN,
        fee=900,
    ),
    dict(
        post_id="lup_03",
        creator="cocina_de_lupita",
        followers=48510,
        caption="Chiles en nogada para celebrar septiembre 🇲🇽 La nogada sin queso de cabra también queda "
        "rica, pero la de mi casa lleva. Granada bien fresca, eso sí. #chilesennogada #septiembre",
        likes=2480,
        post_comments=39,
        shares=260,
        saves=1020,
        views=45100,
        posted_at="2025-09-10T18:15:00Z",
        platform="instagram",
    ),
    # martavistemadrid: Madrid fashion, micro, inflated by an engagement pod
    dict(
        post_id="mar_01",
        creator="martavistemadrid",
        followers=23500,
        caption="Look de otoño: gabardina camel, vaqueros rectos y mocasines 🍂 Todo de temporadas "
        "anteriores, ¡a repetir que es gratis! #lookdeotoño #modamadrid #ootd",
        likes=1610,
        post_comments=36,
        shares=14,
        saves=120,
        views=15800,
        posted_at="2025-10-14T08:00:00Z",
        platform="instagram",
    ),
    dict(
        post_id="mar_02",
        creator="martavistemadrid",
        followers=23620,
        caption="Mi bolso vintage favorito, encontrado en el Rastro por 25 € 👜 Os cuento en stories cómo "
        "distinguir piel buena de polipiel. #vintage #rastromadrid #segundamano",
        likes=1495,
        post_comments=33,
        shares=9,
        saves=95,
        views=14100,
        posted_at="2025-10-21T08:00:00Z",
        platform="instagram",
    ),
    dict(
        post_id="mar_03",
        creator="martavistemadrid",
        followers=23700,
        caption="#publi Este verano me hidrato con estilo gracias a @brisa.es 💧 Botella reutilizable + "
        "recargas con gas. Con el código MARTA10 tenéis un 10% en su web. #colaboración",
        likes=1380,
        post_comments=29,
        shares=6,
        saves=70,
        views=13200,
        posted_at="2025-07-08T08:00:00Z",
        platform="instagram",
        sponsored="true",
        disclosed="true",
        campaign=CAMPAIGN,
        fee=450,
    ),
    # profe_fit_caro: Buenos Aires home fitness, nano, a real community
    dict(
        post_id="car_01",
        creator="profe_fit_caro",
        followers=6800,
        caption="Rutina de glúteos en casa sin equipamiento 🍑 4 rondas: 15 puentes, 12 sentadillas búlgaras "
        "por pierna, 20 patadas de burro y 30'' de plancha. Guardala y contame cómo te fue 💪",
        likes=430,
        post_comments=31,
        shares=41,
        saves=175,
        views=5200,
        posted_at="2025-08-03T12:00:00Z",
        platform="instagram",
    ),
    dict(
        post_id="car_02",
        creator="profe_fit_caro",
        followers=6910,
        caption="Meal prep de la semana por menos de $15.000 🥗 Pollo al horno, arroz integral, lentejas, "
        "calabaza asada y huevos duros. Todo en 2 horas el domingo. ¿Quieren la lista del súper?",
        likes=388,
        post_comments=27,
        shares=36,
        saves=210,
        views=4900,
        posted_at="2025-08-17T13:00:00Z",
        platform="instagram",
    ),
    # gadgetgrant: US tech reviews on YouTube, mid tier, a spam magnet
    dict(
        post_id="gg_01",
        creator="gadgetgrant",
        followers=212000,
        caption="Pixel 9a review after 30 days: the battery is the story. Camera, Tensor G4 heat, and who "
        "should skip it.",
        likes=4820,
        post_comments=318,
        shares="",
        saves="",
        views=151000,
        posted_at="2025-05-20T15:00:00Z",
        platform="youtube",
    ),
    dict(
        post_id="gg_02",
        creator="gadgetgrant",
        followers=213500,
        caption="Best budget earbuds under $50: I tested 7 pairs for 2 weeks. Links to everything: "
        "amzn.to/3Xk9QpL #ad (affiliate links, I earn a small commission)",
        likes=3950,
        post_comments=240,
        shares="",
        saves="",
        views=122000,
        posted_at="2025-06-03T15:00:00Z",
        platform="youtube",
        sponsored="true",
        disclosed="",
    ),
    dict(
        post_id="gg_03",
        creator="gadgetgrant",
        followers=215200,
        caption="Is the M4 MacBook Air worth it for students? Battery, 16GB base RAM, and the 13 vs 15 inch "
        "question.",
        likes=5310,
        post_comments=402,
        shares="",
        saves="",
        views=188000,
        posted_at="2025-07-15T15:00:00Z",
        platform="youtube",
    ),
    # wanderwithpoppy: UK travel, micro
    dict(
        post_id="pop_01",
        creator="wanderwithpoppy",
        followers=67000,
        caption="Scafell Pike at sunrise ⛰️ 4am start from Wasdale Head, 3h up the Brown Tongue route, and "
        "the cloud inversion was worth every step. Route notes in the caption of my last reel!",
        likes=2950,
        post_comments=64,
        shares=88,
        saves=540,
        views=52000,
        posted_at="2025-06-22T07:45:00Z",
        platform="instagram",
    ),
    dict(
        post_id="pop_02",
        creator="wanderwithpoppy",
        followers=67400,
        caption="AD | 48 hours in Lisbon with @brisa.water 🇵🇹 Pastéis at Manteigaria, sunset at Miradouro "
        "da Senhora do Monte, and refilling my bottle at every fountain. Paid partnership with @brisa.water",
        likes=2210,
        post_comments=47,
        shares=40,
        saves=610,
        views=39800,
        posted_at="2025-07-29T10:00:00Z",
        platform="instagram",
        sponsored="true",
        disclosed="true",
        campaign=CAMPAIGN,
        fee=1400,
    ),
]

# --------------------------------------------------------------------------------------------------
# Recurring accounts
# --------------------------------------------------------------------------------------------------
# The pod: 12 Spanish fashion accounts that comment on each other's posts within seconds of publishing.
POD = [
    ("moda.lucia_", 1850, 6900),
    ("estilo_by_nerea", 2210, 7200),
    ("fashion.ines.bcn", 1430, 5800),
    ("looks_de_paula", 990, 7400),
    ("la_chica_del_bolso", 3020, 6100),
    ("vistete_con_irene", 1270, 7050),
    ("outfit.daily.sara", 860, 7480),
    ("modaconalma_", 1640, 6650),
    ("bea.styling", 2480, 7100),
    ("nuria.trends", 1120, 6990),
    ("claudiafits.daily", 940, 7300),
    ("elena.lookbook", 1710, 6400),
]
POD_TEXTS = [
    "Qué guapa!! 😍🔥",
    "Que guapaa 😍🔥🔥",
    "Qué guapa 😍😍🔥",
    "Preciosa!! 😍🔥",
    "Qué look tan bonito 😍",
    "Qué look tan bonito!! 😍🔥",
    "Me encanta!! 🔥🔥",
    "Me encantaaa 🔥🔥🔥",
    "Guapísima ❤️🔥",
    "Guapisima!! ❤️🔥",
    "Ideal!! 😍🔥",
    "Qué guapa!! 😍🔥",
]


def pod_burst(start_s: int, rotate: int) -> list[C]:
    """The pod's comments on one post: every account, 4-9 s apart, texts rotated per post."""
    out = []
    t = start_s
    for i, (author, followers, following) in enumerate(POD):
        text = POD_TEXTS[(i + rotate) % len(POD_TEXTS)]
        out.append(C(author, f"+{t}s", text, followers=followers, following=following))
        t += 4 + (i * 7 + rotate) % 6
    return out


# --------------------------------------------------------------------------------------------------
# Comments per post (hand-written)
# --------------------------------------------------------------------------------------------------
COMMENTS: dict[str, list[C]] = {
    "lup_01": [
        C("rosy.mtz", "+6m", "Yo sí le pongo plátano macho y un poquito de canela, queda más redondo el sabor", ref="a"),
        C("cocina_de_lupita", "+40m", "Rosy, igualito que mi abuela! La canela no puede faltar 🤍", parent="a"),
        C("chefjavi_gdl", "+9m", "¿Cuánto tiempo lo dejas hervir después de molerlo? A mí siempre se me pega", ref="b"),
        C("cocina_de_lupita", "+45m", "Mínimo 40 minutos a fuego bajo y moviendo cada 5, y si se espesa le agregas caldo de pollo", parent="b"),
        C("chefjavi_gdl", "+1.5h", "Gracias!! Este fin lo intento otra vez", parent="b"),
        C("anitamendoza", "+11m", "😍😍😍"),
        C("marisol_recetas", "+13m", "Que rico"),
        C("luis.h.ortega", "+15m", "Se puede hacer sin chile mulato? Aquí en Monterrey no lo encuentro", ref="c"),
        C("cocina_de_lupita", "+50m", "Sí, usa más ancho y un pasilla extra, cambia un poco el color pero sabe rico", parent="c"),
        C("dany_foodie", "+18m", "Muy bonita receta pero 4 horas de cocina no las tengo entre semana jaja, ¿se congela bien?", ref="d"),
        C("cocina_de_lupita", "+55m", "Se congela perfecto hasta 3 meses! Yo hago doble y guardo la mitad", parent="d"),
        C("sandra_v", "+21m", "Delicioso 😋"),
        C("crypto.mx.rich", "+22m", "💰 Gané $35,000 pesos esta semana con Bitcoin, escríbeme y te enseño cómo 📈📈", followers=34, following=7400),
        C("pati.cocina.sana", "+25m", "A mí me quedó amargo la última vez, creo que quemé las semillas. ¿Las tuestas aparte?", ref="e"),
        C("cocina_de_lupita", "+1h", "Sí! Las semillas se queman rapidísimo, tuéstalas aparte y sácalas en cuanto huelan", parent="e"),
        C("gaby_eats", "+30m", "nice"),
        C("tere.glez", "+33m", "Mi abuela de Puebla lo hacía con chocolate Mayordomo, ¿tú cuál usas?", ref="f"),
        C("cocina_de_lupita", "+1.2h", "Uso chocolate de metate de Oaxaca, pero Mayordomo queda buenísimo también", parent="f"),
        C("foodlover_2000", "+35m", "🔥🔥🔥"),
        C("mariana.reyes", "+41m", "Lo hice el domingo con tu receta y mi suegra pidió la receta 😂 gracias Lupita"),
        C("jorge.cocina", "+47m", "Para los que preguntan: el chipotle le da ese toque ahumado, no se lo quiten"),
        C("karlita_22", "+52m", "Wow que rico se ve"),
        C("sorteos.lupita.oficial", "+58m", "🎉 ¡Felicidades! Fuiste seleccionada en nuestro sorteo de una batidora KitchenAid, escríbenos por DM para reclamar tu premio 🎁", followers=12, following=3100),
        C("beto_cocinero", "+1.1h", "La receta está bien pero en el carrusel falta cuánto ajonjolí lleva", ref="g"),
        C("cocina_de_lupita", "+1.4h", "Tienes razón Beto, son 3 cucharadas, ya lo corrijo en la descripción 🙏", parent="g"),
        C("vero_hdz", "+1.3h", "Amo tus recetas ❤️"),
        C("hungry.in.cdmx", "+2h", "Made this for my partner's family, they're from Puebla and approved 🙌"),
        C("lulu.postres", "+3h", "Que rico 😍"),
        C("nancy_mx", "+5h", "¿En qué proporción pones el chile ancho vs mulato?"),
        C("follow.back.mx", "+6h", "Sígueme y te sigo 🔥 checa mi perfil", followers=58, following=6900),
        C("ramon.q", "+1d", "Hice la mitad de la receta para 4 personas y sobró, ojo con las porciones"),
    ],
    "lup_02": [
        C("anitamendoza", "+4m", "Que rica se ve 😍"),
        C("rosy.mtz", "+7m", "¿Con agua mineral normal también queda bien o tiene que ser esa marca?", ref="a"),
        C("cocina_de_lupita", "+30m", "Con cualquier mineral queda rica, Rosy 😊", parent="a"),
        C("tere.glez", "+10m", "Esto es publicidad? No dice que sea colaboración 🤔"),
        C("marisol_recetas", "+12m", "Delicioso"),
        C("dany_foodie", "+15m", "El piloncillo cambia todo, con azúcar no sabe igual"),
        C("gaby_eats", "+16m", "😍😍"),
        C("luis.h.ortega", "+19m", "El código no me funcionó en la página, dice que expiró"),
        C("pati.cocina.sana", "+22m", "Yo la hago sin endulzar y con hielo, super refrescante para el calor de Mérida"),
        C("karlita_22", "+26m", "Me encanta"),
        C("foodlover_2000", "+28m", "🔥🔥"),
        C("crypto.mx.rich", "+31m", "💰 ¿Quieres ganar dinero desde casa? Invierte en cripto conmigo, info en mi perfil 📈", followers=34, following=7400),
        C("vero_hdz", "+35m", "Qué rico ❤️"),
        C("sandra_v", "+40m", "Cuánto tiempo dejas reposar la flor? Yo la hiervo 10 min", ref="b"),
        C("cocina_de_lupita", "+1h", "Yo la hiervo 5 minutos y la dejo reposar 20, así no amarga", parent="b"),
        C("beto_cocinero", "+50m", "Se nota que es anuncio, antes no usabas agua mineral en tus aguas frescas jaja"),
        C("mariana.reyes", "+1.2h", "La hice hoy para la comida y se acabó en 10 minutos"),
        C("lulu.postres", "+2h", "Que rico"),
        C("jorge.cocina", "+3h", "Tip: un poco de jengibre rallado le va muy bien"),
        C("nancy_mx", "+4h", "Yummy 😋"),
    ],
    "lup_03": [
        C("tere.glez", "+5m", "Los chiles en nogada de mi mamá llevan durazno y pera, ¿los tuyos también?", ref="a"),
        C("cocina_de_lupita", "+25m", "Sí! Durazno, pera, manzana y plátano macho en el picadillo 🤍", parent="a"),
        C("rosy.mtz", "+8m", "Qué bonitos quedaron!! Mis favoritos de toda la vida"),
        C("chefjavi_gdl", "+12m", "¿Capeados o sin capear? En Puebla hay debate eterno jaja", ref="b"),
        C("cocina_de_lupita", "+35m", "Capeados siempre en mi casa, pero sin capear son más ligeros", parent="b"),
        C("anitamendoza", "+14m", "😍😍"),
        C("dany_foodie", "+18m", "La nogada se me corta siempre, ¿la licúas con leche fría?", ref="c"),
        C("cocina_de_lupita", "+40m", "Nuez remojada en leche fría toda la noche y licuar al final con el queso, así no se corta", parent="c"),
        C("gaby_eats", "+20m", "wow"),
        C("luis.h.ortega", "+22m", "Cuánto cuesta más o menos hacer 10 chiles? La nuez de castilla está carísima este año"),
        C("marisol_recetas", "+25m", "Que rico se ve"),
        C("pati.cocina.sana", "+28m", "Yo uso nuez pecana cuando no hay de castilla y queda bien, menos blanca pero sabrosa"),
        C("hungry.in.cdmx", "+33m", "This is the dish I miss most since moving to Chicago 😭"),
        C("foodlover_2000", "+36m", "🔥🔥🔥"),
        C("sorteos.lupita.oficial", "+39m", "🎁 ¡Ganaste! Eres una de las 5 seguidoras ganadoras, entra al link de nuestro perfil para reclamar", followers=12, following=3100),
        C("mariana.reyes", "+45m", "Los hice para el 15 y quedaron increíbles, gracias por explicar lo de la nuez"),
        C("vero_hdz", "+50m", "Amo ❤️"),
        C("beto_cocinero", "+1h", "Demasiado dulce para mi gusto el picadillo, yo le bajaría al acitrón"),
        C("sandra_v", "+2h", "Delicioso"),
        C("ramon.q", "+3h", "Perfecto para el 16 de septiembre 🇲🇽"),
    ],
    "mar_01": pod_burst(35, 0)
    + [
        C("carmen.gomez_", "+14m", "¿La gabardina de qué marca es? Busco una que no sea demasiado larga, mido 1,58", ref="a"),
        C("martavistemadrid", "+1h", "Es de Mango de hace dos temporadas, a mí me llega por la rodilla y mido 1,63", parent="a"),
        C("lauramartin.mad", "+25m", "Los mocasines son los de Castañer? Me interesan pero dicen que hacen rozaduras"),
        C("ana.b", "+31m", "guapa"),
        C("pepa.vlc", "+38m", "Me encanta que repitas ropa, hace falta más de esto en Instagram 👏"),
        C("check.my.profile.es", "+44m", "Mira mi perfil 🔥🔥 te va a encantar 💋", followers=210, following=7500),
        C("sofia_r", "+52m", "Qué bonito"),
        C("javi.outfits", "+1.2h", "Los vaqueros rectos con mocasín quedan genial, ¿son de tiro alto?", ref="b"),
        C("martavistemadrid", "+2h", "Sí, tiro alto, de Levi's (501 crop) 😊", parent="b"),
        C("irene.lopez", "+2.5h", "Siempre el mismo look de gabardina, esperaba algo más original la verdad"),
        C("mamen_z", "+3h", "😍"),
        C("lauramartin.mad", "+4h", "Por cierto, ¿qué talla usas en la gabardina? ¿Talla normal o una menos?"),
        C("pili.moda", "+5h", "Precioso look"),
        C("rocio_sevilla", "+8h", "Ideal para el otoño de Madrid que no sabes si hace frío o calor jaja"),
        C("martaf_", "+1d", "Muy bonito todo"),
    ],
    "mar_02": pod_burst(28, 5)
    + [
        C("carmen.gomez_", "+20m", "¿Qué puesto del Rastro? Siempre voy y solo encuentro cosas de imitación", ref="a"),
        C("martavistemadrid", "+1h", "Uno en la Ribera de Curtidores casi llegando a la Ronda, el de la señora con las maletas antiguas", parent="a"),
        C("pepa.vlc", "+26m", "Para distinguir la piel yo siempre miro el canto, la polipiel tiene el borde como plastificado"),
        C("ana.b", "+33m", "bonito"),
        C("lauramartin.mad", "+40m", "25€ es un chollo, ¿tiene alguna marca dentro?"),
        C("sofia_r", "+47m", "😍😍"),
        C("irene.lopez", "+55m", "Vale, pero luego en stories no explicaste lo de la piel como dijiste 🙄"),
        C("fastcash.daily", "+1.1h", "Make $500/day from home 💸💸 DM me “INFO” now!!", followers=47, following=7300),
        C("javi.outfits", "+2h", "El color coñac con ese abrigo queda precioso"),
        C("mamen_z", "+3h", "Preciosooo"),
        C("rocio_sevilla", "+4h", "¿Lo limpiaste con algo? Yo tengo uno parecido muy reseco", ref="b"),
        C("martavistemadrid", "+5h", "Crema para cuero incolora y un trapo de algodón, y dejarlo un día al aire", parent="b"),
        C("pili.moda", "+6h", "Qué bonito"),
        C("martaf_", "+1d", "Me encanta"),
    ],
    "mar_03": pod_burst(41, 9)
    + [
        C("lauramartin.mad", "+15m", "¿Las botellas aguantan el lavavajillas?", ref="a"),
        C("martavistemadrid", "+1h", "Sí, la parte de abajo sí; la tapa mejor a mano", parent="a"),
        C("carmen.gomez_", "+22m", "Me gusta que pongas claramente que es publi, se agradece"),
        C("pepa.vlc", "+30m", "El precio de las recargas me parece caro la verdad, ¿compensa frente a agua del grifo?"),
        C("ana.b", "+36m", "ideal"),
        C("check.my.profile.es", "+40m", "Mira mi perfil 🔥 ofertas exclusivas 💋", followers=210, following=7500),
        C("sofia_r", "+48m", "Bonita la botella"),
        C("irene.lopez", "+1.5h", "Otra colaboración más... echo de menos los posts de vintage"),
        C("javi.outfits", "+2h", "¿El código vale para la botella o solo para las recargas?"),
        C("rocio_sevilla", "+3h", "La verde es preciosa"),
        C("mamen_z", "+4h", "😍😍"),
        C("pili.moda", "+6h", "Qué mona"),
        C("martaf_", "+1d", "Genial"),
        C("lauramartin.mad", "+1.2d", "Pedida con tu código, ya os contaré"),
        C("nuria_lee", "+1.5d", "Yo la tengo desde hace un mes y la tapa gotea un poco si la llevas tumbada en el bolso"),
        C("carla_m", "+2d", "Bonito"),
    ],
    "car_01": [
        C("sofi.entrena", "+8m", "Profe, las búlgaras con mochila con libros sirven para sumar peso?", ref="a"),
        C("profe_fit_caro", "+20m", "Sí Sofi! Mochila adelante así no te tira para atrás la espalda 💪", parent="a"),
        C("lu_runner", "+12m", "La hice recién y me temblaban las piernas en la tercera ronda jajaja"),
        C("profe_fit_caro", "+30m", "Jaja eso es que funcionó! Descansá bien hoy 🙌", parent=None),
        C("maru.gym", "+15m", "¿Cuántas veces por semana la recomendás?", ref="b"),
        C("profe_fit_caro", "+32m", "2 o 3 veces, con un día de descanso en el medio", parent="b"),
        C("nati_fernandez", "+18m", "Tengo una lesión en la rodilla, ¿qué puedo hacer en vez de las búlgaras?", ref="c"),
        C("profe_fit_caro", "+40m", "Probá con puente a una pierna o hip thrust en el sillón, y consultalo con tu kine antes 🙏", parent="c"),
        C("vale.ok", "+20m", "Guardado! 💪"),
        C("pau_zarate", "+23m", "Las patadas de burro me cuestan un montón, siento que trabajo más la espalda", ref="d"),
        C("profe_fit_caro", "+45m", "Apretá el abdomen y no subas tanto la pierna, que no se arquee la lumbar", parent="d"),
        C("juli.moviendose", "+27m", "Tercera semana haciéndola y ya noto la diferencia en las escaleras del subte jaja"),
        C("meli_baires", "+31m", "Genia total 🙌"),
        C("ro_fit", "+35m", "Che, ¿sirve hacerla a la mañana en ayunas?", ref="e"),
        C("profe_fit_caro", "+50m", "Si te sentís bien sí, pero si te mareás comé una banana antes", parent="e"),
        C("lu_runner", "+40m", "Ya la mandé al grupo de las chicas del laburo 😂"),
        C("cami.sz", "+48m", "🔥🔥"),
        C("flor_a", "+55m", "Me parece poco 30 segundos de plancha, yo haría un minuto"),
        C("profe_fit_caro", "+1.2h", "Para empezar 30'' bien hechos están perfectos, después vamos sumando 😉", parent=None),
        C("sofi.entrena", "+1.5h", "La hice con la mochila, 10 puntos profe"),
        C("gana.seguidores.ya", "+2h", "🚀 Gana 1000 seguidores reales en 24h, link en mi bio 🚀", followers=95, following=7200),
        C("agus.m", "+3h", "Buenísima, gracias!"),
        C("nati_fernandez", "+5h", "Hice el puente a una pierna y re bien, gracias por responder"),
    ],
    "car_02": [
        C("maru.gym", "+5m", "Siii queremos la lista del súper!!", ref="a"),
        C("profe_fit_caro", "+25m", "Mañana la subo a historias destacadas 📝", parent="a"),
        C("juli.moviendose", "+9m", "¿Cuántos días te dura el pollo en la heladera sin que se ponga feo?", ref="b"),
        C("profe_fit_caro", "+28m", "Hasta el miércoles en la heladera, lo del jueves y viernes lo freezo", parent="b"),
        C("lu_runner", "+12m", "$15.000 en qué súper? En el chino de mi barrio no llego ni loca jaja"),
        C("ro_fit", "+15m", "Las lentejas las dejás en remojo desde el sábado?", ref="c"),
        C("profe_fit_caro", "+33m", "Unas horas alcanza, las lentejas no necesitan toda la noche", parent="c"),
        C("pau_zarate", "+19m", "Me re sirve, siempre termino pidiendo delivery los martes 🙈"),
        C("cami.sz", "+22m", "Qué rico"),
        C("sofi.entrena", "+26m", "Yo le agrego brócoli y queda perfecto, ¿lo probaste?"),
        C("vale.ok", "+31m", "🙌🙌"),
        C("flor_a", "+36m", "Mucho arroz para mi gusto, yo cambiaría por más verdura"),
        C("profe_fit_caro", "+1h", "Totalmente válido Flor, adaptalo a lo que te haga bien 💚", parent=None),
        C("nati_fernandez", "+40m", "¿Cuánto es la porción de arroz por vianda?"),
        C("meli_baires", "+44m", "Genia"),
        C("agus.m", "+50m", "Gracias por pensar en precios reales, se valora un montón"),
        C("gana.seguidores.ya", "+1.2h", "🚀 Seguidores reales y baratos 🚀 mirá mi perfil", followers=95, following=7200),
        C("juli.moviendose", "+2h", "Hice todo en 2 h 15 así que casi casi 😂"),
    ],
    "gg_01": [
        C("techdad_mike", "+3m", "What's the standby drain like overnight? My 8a lost 9% doing nothing", ref="a"),
        C("gadgetgrant", "+40m", "About 3% overnight with AOD off, 5% with it on. Way better than the 8a", parent="a"),
        C("sarah.codes", "+6m", "Does it still throttle when recording 4K60 outside in summer?", ref="b"),
        C("gadgetgrant", "+45m", "It warned me once at 35°C after ~12 min, stopped recording at 15. Better than the 8 series, not fixed", parent="b"),
        C("random_viewer_22", "+7m", "first"),
        C("dave_k", "+9m", "nice video"),
        C("ben.the.builder", "+11m", "Honestly the 9a camera looks oversharpened in your low light samples, the iPhone 16e shots looked more natural"),
        C("jess_tech", "+12m", "Great review as always 👍"),
        C("cryptoking_88", "+13m", "I turned $500 into $12,000 in 3 weeks with this crypto signal group 📈 DM @profit_signals_pro on telegram", followers=18, following=7480),
        C("noah.p", "+15m", "Would you pick this over a used Pixel 8 Pro at the same price?", ref="c"),
        C("gadgetgrant", "+50m", "For battery, the 9a. For camera zoom, the 8 Pro. Most people: 9a because of 7 years of updates from now", parent="c"),
        C("lily_reviews", "+18m", "love it"),
        C("marcus.g", "+19m", "The 60Hz to 120Hz switching is still janky in some apps, you didn't mention it"),
        C("giveaway.gadgetgrant", "+21m", "🎁 Congratulations! You've been selected for our Pixel 9a giveaway. Claim now at bit.ly/gg-claim-prize before it expires!", followers=3, following=2200),
        C("oliver.w", "+24m", "How's the haptics? That's what made me return the 8a"),
        C("priya.s", "+27m", "Thanks for testing with a real SIM on 5G, most reviewers only use wifi"),
        C("dave_k", "+30m", "🔥🔥"),
        C("samuel.t", "+33m", "Is the 128GB enough if you shoot a lot of video? No microSD...", ref="d"),
        C("gadgetgrant", "+1h", "If you shoot 4K regularly, get 256GB or plan on Google Photos backup", parent="d"),
        C("followme_4follow", "+35m", "check out my profile for daily tech deals 🔥🔥🔥", followers=77, following=7500),
        C("tom_h", "+40m", "good vid"),
        C("emily.rose", "+45m", "Can you do a comparison with the Galaxy A56? Same price here in the UK"),
        C("kevin_m", "+50m", "Tensor is still behind Snapdragon in gaming, Genshin ran at 40fps for me"),
        C("andrea.c", "+1h", "Wow"),
        C("ben.the.builder", "+1.5h", "Also the bezels are thick for 2025, minor but noticeable"),
        C("tina.v", "+2h", "Bought it because of your video, battery really is insane, 2 days for me"),
        C("cryptoking_88", "+3h", "Financial freedom is one click away 💰 message @profit_signals_pro", followers=18, following=7480),
        C("george_l", "+5h", "awesome"),
        C("hannah.b", "+8h", "Does the 9a support Qi2 magnets or just regular wireless charging?"),
        C("jake.r", "+1d", "nice"),
    ],
    "gg_02": [
        C("sarah.codes", "+4m", "Which one has the best mic for calls? I take a lot of meetings on the go", ref="a"),
        C("gadgetgrant", "+35m", "The Soundcore P40i by a clear margin, the EarFun Air Pro 4 second", parent="a"),
        C("techdad_mike", "+7m", "Appreciate you saying upfront they're affiliate links"),
        C("dave_k", "+8m", "nice"),
        C("noah.p", "+10m", "No CMF Buds 2? They're $49 and have ANC"),
        C("ben.the.builder", "+13m", "Did you test ANC on a plane or just in a room with a fan? The results feel too close"),
        C("jess_tech", "+15m", "great video 👍"),
        C("cryptoking_88", "+17m", "Stop working 9-5, my crypto bot makes $800/day 📈 DM @profit_signals_pro", followers=18, following=7480),
        C("marcus.g", "+20m", "Fit matters more than anything with budget buds, nice that you tested with 3 people's ears"),
        C("lily_reviews", "+22m", "love this"),
        C("oliver.w", "+25m", "The JLab ones broke after 4 months for me, how's the build on your pick?", ref="b"),
        C("gadgetgrant", "+55m", "Too early to say for durability; I'll do a 6-month follow-up", parent="b"),
        C("priya.s", "+30m", "Link for the EarFun isn't working in my country (Canada)"),
        C("random_viewer_22", "+33m", "👍"),
        C("giveaway.gadgetgrant", "+36m", "🎁 You're one of our lucky winners! Claim your free earbuds at bit.ly/gg-free-buds 🎁", followers=3, following=2200),
        C("samuel.t", "+40m", "LDAC support on any of these for Android users?"),
        C("tom_h", "+45m", "good stuff"),
        C("kevin_m", "+50m", "Latency test for gaming would be nice next time"),
        C("emily.rose", "+1h", "Ordered the Soundcore ones, thanks Grant"),
        C("followme_4follow", "+1.5h", "follow me for more deals 🔥 check my profile", followers=77, following=7500),
        C("andrea.c", "+2h", "cool"),
        C("hannah.b", "+4h", "Would love a version of this for people with small ears, most buds fall out for me"),
    ],
    "gg_03": [
        C("uni.student.lea", "+5m", "Is 16GB enough for a CS degree with Docker running? Or should I pay for 24?", ref="a"),
        C("gadgetgrant", "+45m", "16GB is fine for coursework; if you run several containers + an IDE all day, 24GB", parent="a"),
        C("sarah.codes", "+8m", "Fanless is the real win for lecture halls, no whirring during exams"),
        C("dave_k", "+10m", "nice"),
        C("noah.p", "+12m", "The 256GB base SSD is still a joke for the price honestly"),
        C("techdad_mike", "+14m", "Education pricing plus the back to school gift card makes it hard to beat"),
        C("jess_tech", "+16m", "great review"),
        C("marcus.g", "+18m", "13 or 15 for someone who carries it all day on a bike?", ref="b"),
        C("gadgetgrant", "+50m", "13. The 15 is 300g heavier and does not fit smaller backpacks", parent="b"),
        C("cryptoking_88", "+20m", "Students!! Make money while you study with crypto 💸 DM @profit_signals_pro", followers=18, following=7480),
        C("ben.the.builder", "+23m", "You skipped external display support, only 2 screens with the lid open is a real limit for some"),
        C("lily_reviews", "+25m", "love it"),
        C("oliver.w", "+28m", "How's it with Windows VMs for engineering software? Half my courses need SolidWorks"),
        C("priya.s", "+31m", "The midnight color fingerprint problem is still there, I returned mine"),
        C("tom_h", "+34m", "good vid"),
        C("samuel.t", "+37m", "Battery test numbers were with brightness at what %?", ref="c"),
        C("gadgetgrant", "+1h", "200 nits, about 60% — same as all my laptop tests", parent="c"),
        C("giveaway.gadgetgrant", "+40m", "🎁 Congratulations! You won a MacBook Air in our giveaway, claim at bit.ly/gg-mba-win", followers=3, following=2200),
        C("kevin_m", "+45m", "Can it run Minecraft with shaders? Asking for my little brother lol"),
        C("andrea.c", "+50m", "nice"),
        C("emily.rose", "+1h", "Used the student discount thanks to this video, saved £150"),
        C("followme_4follow", "+1.5h", "🔥 check my profile 🔥", followers=77, following=7500),
        C("random_viewer_22", "+2h", "👍👍"),
        C("hannah.b", "+3h", "Would love a Chromebook Plus vs MacBook Air comparison for students on a budget"),
        C("george_l", "+6h", "awesome video"),
        C("jake.r", "+1d", "cool"),
    ],
    "pop_01": [
        C("hiking.harriet", "+10m", "Did you park at Wasdale Head or the NT car park by the lake? Heard it fills up by 6am", ref="a"),
        C("wanderwithpoppy", "+1h", "NT car park by the lake, and yes it was nearly full at 4am on a Saturday!", parent="a"),
        C("tom.outdoors", "+14m", "Brown Tongue is brutal in the dark, did you use microspikes?"),
        C("sophie.travels", "+17m", "Stunning 😍"),
        C("jamie_l", "+20m", "Amazing shot"),
        C("katie.m", "+22m", "How cold was it at the top in June? Planning for July", ref="b"),
        C("wanderwithpoppy", "+1.1h", "About 4°C with wind chill at 6am, bring gloves and a proper layer even in summer", parent="b"),
        C("pete.walks", "+25m", "Please remind people to take their rubbish home, the summit was a mess last time I went"),
        C("travelbug_99", "+28m", "Wow 😍"),
        C("emma.adventures", "+31m", "Is the route ok for a first proper mountain? I've only done Snowdon via Llanberis", ref="c"),
        C("wanderwithpoppy", "+1.3h", "If you've done Snowdon you'll be fine, it's just steeper and rockier near the top. Go with good weather", parent="c"),
        C("dan.photo", "+35m", "What camera was this? The dynamic range on the inversion is lovely"),
        C("luxury_travel_deals", "+38m", "✈️ Want to travel for FREE? We pay influencers! Check our profile 💸", followers=140, following=7450),
        C("jamie_l", "+40m", "Beautiful"),
        C("rach.fells", "+45m", "Did it last weekend too, the scramble near the top was busier than expected"),
        C("ollie.g", "+50m", "Bucket list ✅"),
        C("sophie.travels", "+55m", "😍😍"),
        C("mark.b", "+1h", "Honestly not a fan of promoting 4am starts, people get into trouble on the descent tired"),
        C("chloe.w", "+1.2h", "Gorgeous!!"),
        C("tom.outdoors", "+2h", "Fair point about the inversion, you can't plan for it, just luck"),
        C("beth_a", "+3h", "Nice pic 🔥"),
        C("giveaway.poppy.official", "+4h", "🎉 Congrats! You've won a free trip in our giveaway, DM us to claim your prize 🎉", followers=9, following=1900),
        C("hiking.harriet", "+5h", "Going next week, thank you for the tips!"),
        C("liam_j", "+8h", "Cracking photo"),
        C("amy.k", "+1d", "Wonderful"),
    ],
    "pop_02": [
        C("sophie.travels", "+6m", "Manteigaria is the best, way better than Belém and no queue!"),
        C("katie.m", "+9m", "Where did you stay? Is the area safe to walk back at night?", ref="a"),
        C("wanderwithpoppy", "+50m", "Príncipe Real, felt very safe, lots of people around until late", parent="a"),
        C("jamie_l", "+12m", "Gorgeous"),
        C("pete.walks", "+15m", "Do the fountains actually have drinkable water? I always buy bottles in Lisbon", ref="b"),
        C("wanderwithpoppy", "+55m", "Most of the public ones do, look for 'água potável', the ones marked 'não potável' don't", parent="b"),
        C("travelbug_99", "+18m", "😍😍"),
        C("emma.adventures", "+21m", "Thanks for marking it clearly as an ad, appreciated"),
        C("dan.photo", "+24m", "Senhora do Monte at sunset is so crowded now, Miradouro de Santa Catarina is calmer"),
        C("mark.b", "+27m", "Another water bottle ad, please go back to the hiking content"),
        C("chloe.w", "+30m", "Lovely!!"),
        C("luxury_travel_deals", "+33m", "✈️ Get PAID to travel! Check our profile 💸💸", followers=140, following=7450),
        C("ollie.g", "+36m", "Adding Lisbon to the list"),
        C("hiking.harriet", "+40m", "Did you do Sintra as a day trip? Is it worth it in summer with the crowds?"),
        C("rach.fells", "+45m", "The 28 tram is a tourist trap now, walk instead and save yourself the queue"),
        C("beth_a", "+50m", "Nice pic 🔥"),
        C("liam_j", "+1h", "Lovely"),
        C("amy.k", "+2h", "Beautiful city"),
        C("giveaway.poppy.official", "+3h", "🎁 You've been selected! Free Lisbon trip for 2, DM us to claim 🎁", followers=9, following=1900),
        C("tom.outdoors", "+5h", "How much was a pastel de nata? Heard prices have gone up a lot"),
        C("katie.m", "+1d", "Booked for September, thanks for the tips 🙌"),
    ],
}


def build() -> tuple[list[dict], list[dict]]:
    """Comment dicts (with ids, timestamps, parents resolved) and post rows, validated."""
    posts_by_id = {p["post_id"]: p for p in POSTS}
    rows: list[dict] = []
    by_id: dict[str, dict] = {}
    for post_id, comments in COMMENTS.items():
        post = posts_by_id[post_id]
        if not 15 <= len(comments) <= 40:
            raise ValueError(f"{post_id}: {len(comments)} comments, want 15-40")
        t0 = datetime.fromisoformat(post["posted_at"].replace("Z", "+00:00"))
        labels: dict[str, str] = {}
        last_top: str | None = None
        for i, c in enumerate(comments, 1):
            cid = f"{post_id}_c{i:03d}"
            if c.ref:
                labels[c.ref] = cid
            parent = None
            if c.parent is not None:
                parent = labels[c.parent]
            elif c.author == post["creator"] and last_top is not None:
                parent = last_top  # a creator reply without a label answers the comment just above
            if parent is None:
                last_top = cid
            row = {
                "comment_id": cid,
                "text": c.text,
                "author": c.author,
                "created_at": (t0 + _offset(c.at)).astimezone(timezone.utc).isoformat().replace("+00:00", "Z"),
                "post_id": post_id,
                "parent_id": parent,
            }
            if c.followers is not None:
                row["author_followers"] = c.followers
            if c.following is not None:
                row["author_following"] = c.following
            if parent is not None and row["created_at"] <= by_id[parent]["created_at"]:
                raise ValueError(f"{cid} replies before its parent {parent}")
            by_id[cid] = row
            rows.append(row)
        if post["post_comments"] < len(comments):
            raise ValueError(f"{post_id}: platform count below the dump's {len(comments)}")
    rows.sort(key=lambda r: (r["post_id"], r["created_at"], r["comment_id"]))
    missing = set(COMMENTS) ^ set(posts_by_id)
    if missing:
        raise ValueError(f"posts without comments or comments without posts: {missing}")
    return rows, POSTS


POST_COLUMNS = [
    "post_id",
    "creator",
    "followers",
    "caption",
    "likes",
    "post_comments",
    "shares",
    "saves",
    "views",
    "posted_at",
    "platform",
    "sponsored",
    "disclosed",
    "campaign",
    "fee",
]


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help=f"folder to write (default: {OUT})")
    out = ap.parse_args(argv).out
    rows, posts = build()
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "comments.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(out / "posts.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=POST_COLUMNS, lineterminator="\n")
        w.writeheader()
        for p in posts:
            w.writerow({k: p.get(k, "") for k in POST_COLUMNS})
    print(f"wrote {len(rows)} comments on {len(posts)} posts to {out}")


if __name__ == "__main__":
    main()
