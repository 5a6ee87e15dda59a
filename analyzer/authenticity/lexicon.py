"""Spanish/English promo-scam and generic-praise lexicons, compiled once, every match named.

Promo patterns read the *original* text (links, handles and shop domains survive there) and the normalised
text (styled Unicode already mapped to plain letters), both lowercased. Names become `reasons` in the report,
so each pattern answers "why was this called spam?" in a few words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from ..records import handle_key

# name -> (regex, reason shown in the report). Word boundaries are Unicode-aware (re default for str).
_PROMO_SPEC: dict[str, tuple[str, str]] = {
    "follow_back": (
        r"\b(?:f4f|l4l|s4s|like4like|follow4follow|follow\s*(?:4|for)\s*follow|follow\s*back|followback|"
        r"sigueme\s*y\s*te\s*sigo|te\s*sigo\s*si\s*me\s*sigues|sigo\s*de\s*vuelta|seguimiento\s*mutuo|"
        r"follow\s*(?:me|us)|sigueme|siganme|seguime|follow\s*my|sdv|me\s*sigues(?!\s*[^\W\d_])|nos\s*seguimos(?!\s*[^\W\d_]))\b",
        "follow-for-follow",
    ),
    "check_profile": (
        r"(?:check\s*(?:out\s*)?(?:my|our)\s*(?:profile|page|channel|bio|account|ig|insta|story|stories|videos?|"
        r"link|content|music|shop|store|website)|visit\s*(?:my|our)\s*(?:page|profile|channel|site|shop|store)|"
        r"(?:link|links)\s*(?:in|on)\s*(?:my|our)?\s*bio|"
        r"(?:revisa|mira|visita|chequea|checa|pasa\s*por|pasate\s*por|pasen\s*por)\s*(?:mi|nuestro|nuestra)\s*"
        r"(?:perfil|bio|pagina|canal|cuenta|tienda|historia|historias|video|videos|ig|insta)|"
        r"(?:enlace|link)\s*en\s*(?:mi\s*)?bio|"
        r"\bsub(?:scribe)?\s*(?:to\s*)?(?:my|our)\b|subscribe|suscribete|suscribanse|my\s*channel|mi\s*canal)",
        "points to own profile/channel",
    ),
    "dm_collab": (
        r"(?:\b(?:dm|pm|md)\s*(?:me|us|for|now|para|pls|please)\b|\bsend\s*(?:us|me)?\s*(?:a\s*)?(?:dm|message)\b|"
        r"\bcheck\s*(?:your\s*)?(?:dm|dms|inbox)\b|\b(?:escribeme|escribenos|mandame|envianos|enviame)\b|"
        r"\bpor\s*(?:dm|md|privado|inbox)\b|\bal\s*(?:dm|md|privado)\b|mensaje\s*privado|"
        r"\bcollab\w*|\bcolab\w*|\bbrand\s*ambassador|\bembajador\w*|\bambassador\w*|"
        r"\bpromote\s*(?:it|this|your)|\bpromo\b|\bpromocion\w*|\bfeature\s*(?:it|this|you)\b|"
        r"\bpartnership|\bbusiness\s*proposal|\bpropuesta\b)",
        "DM/collab pitch",
    ),
    "crypto_invest": (
        r"(?:\bcrypto\w*|\bcripto\w*|\bbitcoin\w*|\bbtc\b|\beth\b|\busdt\b|\bforex\b|\bbinary\s*option|"
        r"\binvest(?!ig)\w*|\binversi\w*|\binverti\w*|\binvierte\w*|\bprofit\w*|\bganancia\w*|\btrading\b|"
        r"\btrader\w*|\baccount\s*manager|\bmentor\w*|\bpassive\s*income|\bingresos?\s*pasivos?|"
        r"\bairdrop\w*|\bnft\w*|\bwallet\b|\bblockchain\b|\bdividend\w*|\b0x[0-9a-f]{16,}|"
        r"\bdouble\s*your\s*(?:money|investment|btc)|\bduplica\w*\s*tu\s*(?:dinero|inversion))",
        "crypto/investment pitch",
    ),
    "account_recovery": (
        r"(?:\brecovery\s*(?:expert|specialist|agent|team)|\brecover\w*\s*(?:my|your|their)\s*(?:funds|account|money"
        r"|wallet|page)|\brecuper\w*\s*(?:mi|tu|su)\s*(?:cuenta|dinero|fondos|perfil)|\bhack(?:ed|er|ers)\b|\bhacke\w*"
        r"|\bethical\s*hacker|\bhacker\s*etico)",
        "account-recovery 'hacker' pitch",
    ),
    "impersonation": (
        r"(?:(?:soporte|equipo|servicio\s*de\s*ayuda|centro\s*de\s*ayuda|seguridad)\s*(?:tecnico\s*)?de\s*"
        r"(?:instagram|meta|facebook|tiktok|youtube|whatsapp)|(?:instagram|meta|facebook|tiktok|youtube)\s*"
        r"(?:support|help\s*center|security|business\s*(?:support|team)|copyright)|"
        r"tu\s*cuenta\s*(?:ha\s*sido|sera|fue|esta\s*siendo|podria\s*ser|va\s*a\s*ser)\s*"
        r"(?:reportad|suspendid|eliminad|deshabilitad|bloquead|restringid|inhabilitad|cerrad|desactivad)\w*|"
        r"your\s*(?:account|page|profile)\s*(?:has\s*been|will\s*be|was|is\s*being|may\s*be|could\s*be)\s*"
        r"(?:reported|suspended|disabled|deleted|restricted|banned|flagged|locked|deactivated)|"
        r"verifi\w*\s*(?:tu|su)\s*cuenta|verify\s*your\s*(?:account|identity|page)|"
        r"evitar\s*(?:la\s*)?(?:suspension|eliminacion|desactivacion|cierre)|"
        r"avoid\s*(?:suspension|deactivation|being\s*(?:banned|suspended|disabled))|"
        r"infring\w*\s*(?:los\s*)?derechos\s*de\s*autor|copyright\s*(?:violation|infringement|strike)|"
        r"(?:blue\s*(?:badge|tick|check)|insignia\s*azul)\s*(?:verification|application|verificacion|solicitud)?)",
        "impersonates platform support (phishing)",
    ),
    "money_from_home": (
        r"(?:work(?:ing)?\s*from\s*home|trabaj\w*\s*desde\s*casa|make\s*\$?\d[\d,.]*\s*k?\s*(?:a|per|/)\s*"
        r"(?:day|week|month)|\$\s?\d[\d,.]*\s*k?\s*(?:a|per|/)\s*(?:day|week|month)|"
        r"gan(?:a|ar|e|o|amos)\s*(?:dinero|plata|\$|\d)|dinero\s*(?:facil|extra|rapido)|ingresos?\s*extra|"
        r"earn\w*\s*(?:money|\$|\d|extra)|extra\s*income|side\s*hustle|financial\s*freedom|"
        r"libertad\s*financiera|\bi\s*made\s*\$|yo\s*gane\s*\$|changed\s*my\s*life|cambio\s*mi\s*vida|"
        r"me\s*cambio\s*la\s*vida|preguntame\s*como|genera\w*\s*ingresos|unete\s*a\s*mi\s*equipo|"
        r"\bprestamos?\b|sin\s*buro)",
        "money-making pitch",
    ),
    "giveaway": (
        r"(?:\bgiveaway\w*|\bsorteo\w*|\bganaste\b|\bhas\s*ganado\b|\byou(?:'ve|\s*have)?\s*won\b|\bwinner\b|"
        r"\bganador\w*|\bclaim\s*(?:your|the)?\s*(?:prize|reward|gift)|\breclam\w*\s*(?:tu\s*)?premio|"
        r"\bfree\s*(?:iphone|gift|money)|\bwin\s*(?:a|an)\s*free\b|\bregalamos\b|"
        r"\bgana\s*(?:un|una)\s*(?:iphone|ipad|tablet|consola|viaje)|\bcongratulations?\b.*\b(?:selected|chosen)\b|"
        r"\bfelicidades\b.*\b(?:seleccionad|elegid))",
        "giveaway/prize bait",
    ),
    "messaging_link": (
        r"(?:wa\.me|whatsapp|whats\s*app|telegram|t\.me/|\bwsp\b|\bsignal\s*app|linktr\.ee|bit\.ly|tinyurl|"
        r"cutt\.ly|shorturl|\bkik\b|snapchat)",
        "messaging/short link",
    ),
    "shop": (
        r"(?:\bshop\b|\bstore\b|\btienda\b|\.shop\b|\.store\b|discount\s*code|codigo\s*de\s*descuento|"
        r"\bcupon\b|\bcoupon\b|\d+\s*%\s*(?:off|de\s*descuento)|\bdescuento\b|free\s*shipping|envio\s*gratis|"
        r"\bwholesale\b|\bmayoreo\b|\b(?:haz|hagan|has|realiza|tomamos|recibimos)\s*(?:tu|sus|su)?\s*pedidos?\b|"
        r"\bpedidos?\s*(?:al|por|a\s*domicilio|inbox|whatsapp|dm|md)\b|\border\s*now\b|\bcompra\s*ya\b|\breplicas?\b|"
        r"\bmi\s*emprendimiento\b)",
        "shop/discount plug",
    ),
    "buy_followers": (
        r"(?:buy\s*(?:real\s*)?(?:followers|likes|views)|compra\w*\s*seguidores|seguidores\s*(?:reales|gratis)|"
        r"(?:grow|boost)\s*your\s*(?:account|page|followers|ig|instagram)|more\s*followers|mas\s*seguidores|"
        r"gain\s*followers|\bsmm\b|\bpromotion\s*service|\bvend\w*\s*(?:seguidores|likes|vistas)|"
        r"\bfree\s*(?:followers|likes|views)|\b\d+\s*k?\s*(?:free\s*|real\s*)?(?:followers|seguidores)\s*"
        r"(?:gratis|free|reales|real|at|en|for)\b|\bseguidores\s*y\s*likes)",
        "sells followers/growth",
    ),
    "adult_bait": (
        r"(?:onlyfans|\bonly\s*fans\b|\b18\+|\bsexy\b|\bhot\s*(?:pics|girls|videos)|\bnudes?\b|\bdating\b|"
        r"\bcitas\b|\bsingles?\s*near|\bsugar\s*(?:daddy|baby|mommy)|\bcam\s*girl)",
        "adult/dating bait",
    ),
    "testimonial": (
        r"(?:thanks?\s*to\s*@|thank\s*you\s*@|gracias\s*a\s*@|recommend\w*\s*@|recomiendo\s*a?\s*@|"
        r"highly\s*recommend|\bcontact\s*(?:her|him|them)\b|\bcontactar?\s*(?:a|con)\b|\breach\s*out\s*to\b|"
        r"\bget\s*in\s*touch\b|\b(?:sigan|visiten|go\s*follow)\s*(?:a\s*)?@)",
        "testimonial for a third party",
    ),
}

# A warning about scams ("cuidado, es falso", "PSA: that's a scam") and a call to action (a link, a handle, "the
# form in our bio"): what tells a fake support notice from someone quoting one (config.AUTH_PHISHING_SPAM_MIN).
# Both read folded text (lowercase, no accents).
SCAM_WARNING_RE = re.compile(
    r"\b(?:cuidado|ojo|aguas|alerta|estafa\w*|fraude\w*|falsos?|falsas?|fake|scam\w*|beware|careful|warning|psa|"
    r"heads\s*up|don'?t\s*(?:click|fall|trust|answer|reply)|no\s*(?:den|des|le\s*den|caigan|hagan\s*clic|confien|respondan|contesten)|reporten|denuncien|report\s*(?:it|them|that|this))\b")
_LINK = r"https?://|www\.|\.[a-z]{2,6}/"  # a web address in folded text
_LINK_RE = re.compile(_LINK)
CALL_TO_ACTION_RE = re.compile(
    _LINK + r"|@\w|\b(?:bio|perfil|profile|link|enlace|formulario|form|correo|email|e-mail|dm|md|click|clic|aqui|"
    r"here)\b")


# A victim's warning quotes the scam ("me escribieron por DM que gané el sorteo, es falso, no caigan"): its only
# promo words are the ones a fake DM or prize uses, it has a warning word, and it asks nobody to get in touch. What
# a scam that dresses as a warning adds ("cuidado con las cuentas falsas, la oficial es @x, escríbenos") is a
# contact request, a link, a handle to go to, or the claim that it is *not* a scam (config.AUTH_WARNING_SPAM_MAX).
QUOTED_SCAM_PATTERNS = frozenset({"dm_collab", "giveaway", "impersonation"})
# "no es estafa", "this is not a scam": a scam vouching for itself, not a warning
_NOT_A_SCAM = (r"no\s*es\s*(?:un\s*|una\s*|ningun\s*|ninguna\s*)?(?:falso|falsa|fake|estafa|scam|fraude)|(?:not|isn'?t|no)\s*(?:a\s*)?"
               r"(?:fake|scam|fraud)")
_NOT_A_SCAM_RE = re.compile(rf"\b(?:{_NOT_A_SCAM})\b")
# "check your DMs" / "revisa tu bandeja": a contact request in a warning, a claim step in a prize notice
_CHECK_DMS = (r"(?:revisa|revisen|revise|checa|chequea|checkea|check|mira|miren)\s*(?:tu|tus|su|sus|your)\s*"
              r"(?:dm|dms|md|mds|mensajes|inbox|bandeja)")
_CONTACT_ASK_RE = re.compile(
    r"\b(?:escribe(?:me|nos)|escribanme|escribannos|escribid(?:me|nos)|contactad(?:me|nos)|mandad(?:me|nos)|"
    r"manda(?:me|nos)|envia(?:me|nos)|contacta(?:me|nos)?|"
    r"contactanos|habla(?:me|nos)|(?:dm|pm|md|message|text|contact|write|inbox)\s*(?:me|us)|reach\s*(?:me|us|out)|"
    + _CHECK_DMS + r"|"
    r"(?:la|el|the)\s*(?:unica|unico|only|real|verdadera|verdadero|oficial|official)\s*(?:cuenta|perfil|account|page)?\s*"
    r"(?:oficial|official)?\s*(?:es|is)\b|"
    + _NOT_A_SCAM + r"|no\s*es\s*(?:un\s*|una\s*)?mentira|100\s*%\s*(?:real|legit|legal)|\blegit\b)")
_REPORTED_HANDLE_RE = re.compile(
    r"\b(?:report\w*|denunci\w*|bloque\w*|block\w*)\s*(?:a\s*|to\s*|esa\s*cuenta\s*|that\s*account\s*)?@\w")


def is_scam_warning(matched: Iterable[str], text: str) -> bool:
    """Someone warning others about a scam they were sent, quoting it: see QUOTED_SCAM_PATTERNS."""
    m = set(matched)
    if not m or not m <= QUOTED_SCAM_PATTERNS:
        return False
    folded = fold(text)
    if SCAM_WARNING_RE.search(folded) is None or _CONTACT_ASK_RE.search(folded) is not None:
        return False
    if _LINK_RE.search(folded):
        return False
    return folded.count("@") == len(_REPORTED_HANDLE_RE.findall(folded))  # a handle only as the one to report


# A prize notice with a way to claim it ("ganaste! reclama tu premio en bit.ly/…", "you won, check your DM") is the
# fake-winner scam however it is phrased (config.AUTH_PHISHING_SPAM_MIN); a winner's own thanks, a tag list to enter
# or a warning that quotes it (no claim step, or warning words) is not.
_SCAM_TLDS = r"ly|me|link|shop|store|site|online|xyz|click|top|info|co|gl|io"  # a bare "claim-it.site" as a link
_CLAIM_STEP_RE = re.compile(
    _LINK + r"|\b[a-z0-9-]+\.(?:" + _SCAM_TLDS + r")\b|"
    r"\b(?:claim\w*|redeem\w*|reclam\w*|cobra(?:r|lo|la)?|canjea\w*|" + _CHECK_DMS + r")\b")


# told to the reader: "ganaste", "you've been selected", not "yo gané el sorteo pasado" or "who won?"
_WINNER_NOTICE_RE = re.compile(
    r"\b(?:ganaste|has\s*ganado|eres\s*(?:el|la|un|una|nuestr[oa])\s*ganador\w*|you(?:'ve|\s*have|\s*are)?\s*(?:won|"
    r"(?:the|our|a|an)\s*(?:lucky\s*)?winner)|(?:fuiste|has\s*sido|you'?ve\s*been|you\s*(?:have\s*been|were))\s*"
    r"(?:seleccionad|elegid|selected|chosen)\w*|(?:claim|reclama)\s*(?:your|tu)\s*(?:prize|reward|gift|premio|regalo))\b")


# "claim your £200 voucher here 👉 bit.ly/…", "reclama tu bono en premios-ya.site": a prize to claim and a link to
# claim it at, whether or not it says who won
_CLAIM_PRIZE_RE = re.compile(
    r"\b(?:claim|redeem|reclam[ae]|canjea|cobra)\w*\s*(?:your|the|a|tu|el|la|su)?\s*(?:[£$€]?\s?\d[\d.,]*\s*)?"
    r"(?:free\s*)?(?:voucher|gift\s*card|giftcard|prize|reward|gift|coupon|bonus|cash|premio|regalo|cupon|bono|vale|"
    r"tarjeta\s*de\s*regalo)")
_LINK_OR_DOMAIN_RE = re.compile(_LINK + r"|\b[a-z0-9-]+\.(?:" + _SCAM_TLDS + r"|com|net)\b")


def is_prize_claim(matched: Iterable[str], text: str) -> bool:
    """A fake-winner notice: the `giveaway` pattern said to the reader ("ganaste") and a claim step (a link,
    "claim", "check your DM"), or a prize to claim at a link; no warning words."""
    folded = fold(text)
    if "giveaway" in matched and _WINNER_NOTICE_RE.search(folded) is not None:
        claim = _CLAIM_STEP_RE.search(folded) is not None
    else:
        claim = _CLAIM_PRIZE_RE.search(folded) is not None and _LINK_OR_DOMAIN_RE.search(folded) is not None
    return claim and SCAM_WARNING_RE.search(_NOT_A_SCAM_RE.sub(" ", folded)) is None


def is_phishing(matched: Iterable[str], text: str) -> bool:
    """A fake platform-support notice (the `impersonation` pattern, a call to action, no warning words) or a
    fake-winner notice (`is_prize_claim`)."""
    if is_prize_claim(matched, text):
        return True
    if "impersonation" not in matched:
        return False
    folded = fold(text)
    return CALL_TO_ACTION_RE.search(folded) is not None and SCAM_WARNING_RE.search(folded) is None


# A phone number asked to be called or messaged: "info al", "wsp", "consulta al", "agenda al", "📲". Not "pedido" or
# "número" (an order number in a complaint) nor "el teléfono de la tienda es..." (a customer), not a warning ("me
# llamaron del 987 654 321, es estafa").
_PHONE_CONTACT_RE = re.compile(
    r"\b(?:whats\s*app|wsp|wpp|wasap|telegram|llam(?:a|e|en|ame|anos|ar)\b|escrib\w*|info\w*|consult\w*|agend\w*|"
    r"cotiz\w*|contact\w*|call|text|dm|md|inbox)\b|\U0001f4f2|\U0001f4de|\u260e")


def is_phone_ad(text: str, n_phones: float) -> bool:
    """A comment giving a phone number to call or message, without warning words (config.AUTH_PHONE_SPAM_MIN)."""
    if n_phones <= 0:
        return False
    folded = fold(text)
    return _PHONE_CONTACT_RE.search(folded) is not None and SCAM_WARNING_RE.search(folded) is None


# The writer offering their own goods, rentals, classes or services under someone else's post, in a buyer's casual
# words ("tengo los mismos tenis a mitad de precio, info al DM", "I rent my flat near there, message me"). A plain
# offer ("vendo", "alquilo", "doy clases", "I sell", "selling", "for sale") needs a trade word (price, shipping,
# contact); a weak one ("hago", "tengo el mismo", "I make", "we do") needs a contact or an order step, and is not
# counted when the writer asks to be sent something (a buyer: "tengo el mismo vestido, ¿me pasas info del bolso?").
# Second-person and questions about selling ("¿lo vendes?", "does anyone sell these?") are buyers, not offers.
_OFFER_STRONG_RE = re.compile(
    r"\b(?:vendo|vendemos|revendo|distribuyo|distribuimos|alquilo|alquilamos|rento|rentamos|arriendo|arrendamos|"
    r"ofrezco|ofrecemos|"
    r"(?:doy|damos)\s+(?:clases|cursos?|taller(?:es)?|asesorias)|mayoreo\s+y\s+menudeo|"
    r"(?:tengo|tenemos)\s+(?:a\s+la\s+venta|en\s+venta|disponibles?|en\s+stock|en\s+renta|en\s+alquiler)|"
    r"(?:i|we)\s+(?:sell|rent(?:\s+out)?|hire\s+out|teach|tutor)|for\s+sale|wholesale\s+and\s+retail|"
    r"(?:^|[.!?,;:]\s*|\b(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+)(?:selling|renting\s+out))\b")
_OFFER_WEAK_RE = re.compile(
    r"\b(?:hago|hacemos|preparo|preparamos|(?:tengo|tenemos)\s+(?:el|la|los|las|ese|esa|esos|esas|estos|estas)\s+"
    r"mism[oa]s?|confecciono|confeccionamos|instalo|instalamos|"
    r"(?:i|we)\s+(?:make|bake|build|do|offer|run|ship|deliver|draw|paint|sew|knit|crochet|install|cater|design)|"
    r"(?:i'?ve|i\s+have|we\s+have)\s+(?:got\s+)?(?:the\s+same|these|those))\b")
# a service offered to whoever needs it, a weak offer too: "si necesitan community manager yo les llevo las redes",
# "if anyone needs a wedding photographer I have dates left"; not a tip of where the writer bought or found it
_OFFER_IF_RE = re.compile(
    r"\b(?:si\s+(?:alguien\s+)?(?:necesita|necesitan|necesitas|busca|buscan|buscas)\b[^.!?]{0,60}?\b(?:yo|nosotros)|"
    r"if\s+(?:any\s*one|any\s*body|you|u|ya|y'?all)\s+(?:needs?|(?:is|are)\s+looking\s+for)\b[^.!?]{0,60}?"
    r"\b(?:i|i'?m|we|we'?re))\b")
_SALE_CONTACT = (
    r"\b(?:dm|md|pm|inbox|privado|interno|escrib\w*|mandame|mandanos|message\s+(?:me|us)|msg\s+me|text\s+me|"
    r"send\s+us|hit\s+(?:me|us)\s+up|contact\w*|pedidos?|encargos?|orders?|booking|agend\w*|citas?|cotiz\w*|"
    r"quotes?|consult\w*|pregunt\w*\s+(?:sin\s+compromiso|por)|info\s+(?:al|por|en)|a\s+domicilio|"
    r"(?:link|menu|prices?|catalog\w*)\s+(?:on|in)\s+my\s+(?:page|profile|bio)|"
    r"(?:check|see|visit)\s+(?:my|our)\s+(?:page|profile|bio|shop)|book\w*\s+(?:through|via|on|in)\s+my|"
    # the writer's own order or delivery step: "hago envíos", "envío a todo el país", "en Madrid y alrededores",
    # "taking new clients", "me quedan 3 lugares", "presupuesto sin compromiso", "ship Australia wide"
    r"(?:hago|hacemos)\s+envios|envio\s+(?:a\s+tod|en\s+\d+\s*(?:h|horas|dias))|envios\s+a\s+tod|y\s+alrededores|"
    r"(?:i|we)\s+(?:can\s+)?(?:ship|deliver)\s+(?:to|anywhere|worldwide|nationwide|\w+\s+wide)|"
    r"(?:taking|accepting)\s+(?:new\s+)?(?:clients|bookings|orders|commissions)|open\s+for\s+(?:commissions|orders)|"
    r"(?:me|nos)\s+quedan\s+\d+\s+(?:lugares|cupos)|cupos\s+disponibles|presupuesto\s+sin\s+compromiso)\b")
_SALE_CONTACT_RE = re.compile(_SALE_CONTACT)
_CURRENCY_WORDS = r"pesos|soles|lucas|euros|dolares|bucks|quid|usd|eur"  # an amount's currency written as a word
_SALE_TRADE_RE = re.compile(
    _SALE_CONTACT + r"|\b(?:precio\w*|price\w*|envio\w*|ship\w*|delivery|despach\w*|(?:al|por)\s+mayor|al\s+detal|"
    r"mitad\s+de\s+precio|half\s+(?:the\s+)?price|cheaper|mas\s+barat\w*|gratis|free|catalog\w*|ono|obo|promos?|"
    r"descuento|tarifas?|rates|wholesale|mayoreo|menudeo|mitad\s+de\s+lo\s+que)\b|[$€£]\s?\d|\d\s?[$€£]|"
    r"\b\d+\s?(?:" + _CURRENCY_WORDS + r")\b")
# a price asked per unit of a service ("$30/hr", "$25 per character", "20€ la clase"), and a seller's "or best
# offer" ("$250 obo"): a weak offer with such a rate is a sale, "obo" is one alone. Not per person, kilo or set:
# cooks and buyers tell what a dish or a purchase cost them that way ("hago lo mismo, sale a 2 euros el kilo")
_PRICE = r"(?:[$€£]\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:[$€£]|(?:" + _CURRENCY_WORDS + r"|mil)\b))"
_SALE_RATE_RE = re.compile(
    _PRICE + r"\s*(?:/|per\b|x\b|por\b|an?\b|el\b|la\b)\s*(?:[a-z]+\s+)?(?:h|hrs?|hours?|horas?|"
    r"sessions?|sesion(?:es)?|clases?|class(?:es)?|lessons?|characters?|portraits?|retratos?|commissions?)\b")
_BEST_OFFER_RE = re.compile(_PRICE + r"\s*(?:obo|ono|o\.b\.o\.?)(?!\w)")
# a buyer's story ("I bought mine at $200 obo", "yo lo compré en Gandhi", "I found it on amazon")
_PURCHASE_RE = re.compile(r"\b(?:buy\w*|bought|compr\w*|seller|vendedor\w*|found|encontr\w*)\b")
_BUYER_ASK_RE = re.compile(
    r"\b(?:me\s+(?:pasas|pasa|mandas|manda|das|da|envias|regalas)|pasame|pasen|send\s+me|where\s+(?:can|do|did|is)|"
    r"donde\s+(?:lo|la|los|las|se|compr|consig)|can\s+i\s+(?:get|buy|order))\b")


def is_sales_offer(text: str) -> bool:
    """The writer offering their own goods or services for sale, with a price, shipping or contact step, and no
    warning words (config.AUTH_SALES_SPAM_MIN)."""
    folded = fold(text)
    if SCAM_WARNING_RE.search(folded) is not None:
        return False
    if _OFFER_STRONG_RE.search(folded) is not None and _SALE_TRADE_RE.search(folded) is not None:
        return True
    if _BUYER_ASK_RE.search(folded) is not None:
        return False
    if _BEST_OFFER_RE.search(folded) is not None and _PURCHASE_RE.search(folded) is None:
        return True
    weak = _OFFER_WEAK_RE.search(folded) is not None or (
        _OFFER_IF_RE.search(folded) is not None and _PURCHASE_RE.search(folded) is None)
    return weak and (
        _SALE_CONTACT_RE.search(folded) is not None or _SALE_RATE_RE.search(folded) is not None)


# A buyer's short question about the post's thing, with a plea or a question mark ("link please 🙏", "precio del
# set? info por DM porfa", "where can I get the coat?"): the spam head reads "link", "DM", "please", "precio" as a
# pitch's words and the superficial head takes a short text for a generic one. Not when the writer points at their
# own page or asks to be contacted ("link in bio?", "DM me for price 🙏"), links or tags, or offers something.
_BUYER_ASK_ITEM_RE = re.compile(
    r"\b(?:precios?|price|prices|cuanto|cuanta|how\s+much|link|links|enlace|info|talla|tallas|size|sizes|"
    r"disponible|available|donde\s+(?:lo\s+|la\s+|los\s+|las\s+)?(?:compr\w*|consig\w*|venden|encuentr\w*)|"
    r"where\s+(?:can\s+i\s+|to\s+|do\s+i\s+|did\s+you\s+)?(?:buy|get|find|order|got))\b")
_BUYER_PLEA_RE = re.compile(r"\b(?:porfa|porfavor|por\s+favor|please|pls|plz|plis)\b|\?|\U0001F64F")
_NOT_BUYER_RE = re.compile(
    r"\b(?:dm|message|text|contact|inbox|pm|call|whatsapp)\s+(?:me|us)\b|escrib(?:eme|enos|anme|ime)|"
    r"\b(?:in|en)\s+(?:my|mi|the|la|our)?\s*(?:bio|perfil|profile)\b|check\s+(?:out\s+)?(?:my|our)|mira\s+mi|visit|"
    r"https?:|www\.|\.com\b|bit\.ly")
BUYER_MAX_WORDS = 12


def is_buyer_request(text: str) -> bool:
    """A short buyer's question (price, link, size, where to buy) with a plea or a question mark, no link, handle,
    contact ask or offer (config.AUTH_BUYER_SPAM_MAX, AUTH_BUYER_SUPERFICIAL_MAX)."""
    folded = fold(text)
    if len(folded.split()) > BUYER_MAX_WORDS or HANDLE_RE.search(text) is not None:
        return False
    if _BUYER_ASK_ITEM_RE.search(folded) is None or _BUYER_PLEA_RE.search(folded) is None:
        return False
    return _NOT_BUYER_RE.search(folded) is None and not is_sales_offer(text)


# A customer's complaint about their own account, order, payment or app ("I've been locked out of my account for 3
# days and support won't answer, please help", "mi pedido no ha llegado y nadie responde"): the spam head reads
# "account", "help", "please", "won" as a recovery scam's words, and the project set has no such rows. Not when it
# names a handle or a link, or tells of being helped or recovering (the recovery scam's testimonial: "I got my account
# back thanks to…", "contact…", "recomiendo al hacker…"), or offers something.
_OWN_SERVICE_RE = re.compile(
    r"\b(?:my|mi|mis|our|nuestr[oa]s?)\s+(?:\w+\s+)?(?:account|acc|order|orders|package|parcel|delivery|refund|"
    r"payment|money|card|subscription|trial|plan|membership|password|app|profile|cuenta|cuentas|pedido|pedidos|"
    r"paquete|envio|reembolso|membresia|"
    r"devolucion|pago|dinero|plata|tarjeta|suscripcion|contrasena|clave|perfil|orden|compra|saldo)\b|"
    r"\bme\s+(?:hackearon|bloquearon|suspendieron|cerraron|borraron|cobraron)\b|"
    r"\bi(?:['\u2019]ve|\s+have|\s+was|\s+got|['\u2019]m|\s+am)?\s+(?:been\s+)?(?:locked\s+out|hacked|banned|suspended|"
    r"charged)\b|\bi\s+can['\u2019]?t\s+(?:log|access|sign)")
_APOS = "['\u2019]?"  # an apostrophe, straight, curly or left out ("won't", "won’t", "wont")
_SERVICE_PROBLEM_RE = re.compile(
    r"\b(?:locked\s+out|(?:got|was|been|is)\s+locked|hacked|suspended|disabled|banned|blocked|still\s+(?:hasn" +
    _APOS + r"t|haven" + _APOS + r"t|not|no|waiting)|never\s+(?:arrive[sd]?|came|comes|got)|"
    r"charged\s+(?:for|again|after)|after\s+cancel\w*|unauthori[sz]ed|didn" + _APOS + r"t\s+authori[sz]e|"
    r"no\s+reconozco|despues\s+de\s+cancelar|hasn" + _APOS + r"t\s+(?:arrived|come)|didn" + _APOS +
    r"t\s+(?:arrive|come|get)|no\s+(?:response|reply|answer)|(?:no\s*one|nobody)\s+(?:answers|responds|replies|"
    r"helps)|won" + _APOS + r"t\s+(?:answer|respond|reply|help|let|work|load)|can" + _APOS +
    r"t\s+(?:log|access|get\s+in|sign)|charged\s+(?:twice|me)|double\s+charged|not\s+working|doesn" + _APOS +
    r"t\s+work|keeps\s+crashing|crash\w*|been\s+waiting|waiting\s+for|me\s+hackearon|hackead[oa]|bloquead[oa]|"
    r"suspendid[oa]|me\s+(?:bloquearon|suspendieron|cobraron|cerraron|borraron)|no\s+(?:me\s+)?(?:ha\s+)?llega\w*|"
    r"no\s+ha\s+llegado|nunca\s+lleg\w*|nadie\s+(?:me\s+)?(?:responde|contesta|ayuda)|sin\s+respuesta|"
    r"no\s+(?:me\s+)?(?:responden|contestan)|no\s+funciona|no\s+(?:puedo|me\s+deja)\s+(?:entrar|acceder|iniciar)|"
    r"cobro\s+doble|cobraron\s+dos|llevo\s+\w+\s+(?:dias|semanas|meses)|esperando)\b")
_RECOVERY_STORY_RE = re.compile(
    r"\b(?:recover\w*|recuper\w*|helped\s+me|me\s+ayudo|thanks\s+to|gracias\s+a|recommend\w*|recomiend\w*|"
    r"contact\w*|reach\s+out|whats\s*app|telegram|e-?mail|gmail|hacker\w*|expert\w*|specialist|dm\s+me|escribeme|"
    r"text\s+me)\b")


def is_service_complaint(text: str) -> bool:
    """A customer's complaint about their own account, order, payment or app, with no handle, link, recovery story
    or offer (config.AUTH_COMPLAINT_SPAM_MAX)."""
    folded = fold(text)
    if HANDLE_RE.search(text) is not None or _LINK_RE.search(folded) is not None:
        return False
    if _OWN_SERVICE_RE.search(folded) is None or _SERVICE_PROBLEM_RE.search(folded) is None:
        return False
    return _RECOVERY_STORY_RE.search(folded) is None and not is_sales_offer(text)


# The writer inviting readers to their own page, channel or profile, asking for a follow back or for help to a
# follower milestone, or moving a pitch to DMs ("pasate por mi canal", "sigan mi twitch", "could you guys follow me
# back?", "ayúdenme a llegar a 2k", "dm me and i'll tell you what worked"), however much praise comes first: the
# spam head weighs the praise and the shortness too, and such comments sat at P(spam) 0.3-0.5. A reply to a friend
# ("@ana check my story") and a warning are not counted (config.AUTH_SELF_PROMO_SPAM_MIN).
# a follower count as a milestone ("2k", "los 1000 subs", "500 seguidores", or a number that ends the comment); a year
# is not one ("so close to 2026")
_MILESTONE = (r"(?:los\s*|las\s*)?(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:k\b|mil\b|subs\b|subscribers|followers|"
              r"seguidores|suscriptores|(?=\W*$))")
_SELF_PROMO_RE = re.compile(
    r"\b(?:f4f|l4l|s4s|like4like|follow\s*(?:4|for)\s*follow|follow\s*(?:me\s*|us\s*)?back|followback|"
    r"sigueme\s*y\s*te\s*sigo|te\s*sigo\s*si\s*me\s*sigues|sigo\s*de\s*vuelta|seguimiento\s*mutuo|sdv|"
    # a follow, like or sub asked for the writer: "apóyame con un follow porfa", "¿me regalas un follow?"
    r"(?:regalame|regalenme|me\s*regalas|me\s*regalan|apoyame|apoyenme|dame|denme|me\s*das|me\s*dan|give\s*me|"
    r"drop\s*me|support\s*me\s*with)\s*(?:con\s*)?(?:un\s*|una\s*|tu\s*|su\s*|a\s*)?(?:follow|seguimiento|like|sub)|"
    # "sigo a todos los que me sigan", "I follow everyone back"
    r"sigo\s*a\s*(?:todos|todas|todo\s*el\s*mundo)\s*(?:los\s*|las\s*)?(?:que|q|k)\s*me\s*sig\w*|"
    r"i\s*follow\s*(?:every(?:one|body)|all)\s*(?:back|who\s*follows?\s*me)|"
    # the writer's own milestone asked for: "ayúdenme a llegar a 2k", "help me reach 100 subs", "estamos a nada de
    # los 1000" at the end (YouTube's "help me get/reach" comments are all labelled spam)
    r"(?:ayudenme|ayudame|ayudanos|help\s*me|help\s*us)\s*(?:a\s*|to\s*)?(?:llegar|reach|get|hit)\s*(?:a\s*|to\s*)?"
    + _MILESTONE + r"|"
    r"(?:estamos|estoy|we'?re|i'?m)\s*(?:a\s*(?:nada|poco|muy\s*poco)\s*de|so\s*close\s*to|almost\s*at)\s*"
    r"(?:llegar\s*a\s*)?" + _MILESTONE + r"|"
    # what worked kept for a private message: "just dm me and i'll tell you what worked", "si quieres te cuento por
    # privado" (the hook of coaches, MLM and growth sellers; a commenter's own advice is in the comment itself)
    r"(?:dm|pm|md|message|inbox|text)\s*me\s*(?:and|&|n)\s*i'?ll\s*(?:tell|show|explain|share|send)|"
    r"(?:te|les|le)\s*(?:cuento|explico|paso\s*(?:la\s*)?info\w*|digo\s*como)\s*(?:todo\s*)?(?:por|al|en\s*el)\s*"
    r"(?:privado|dm|md|inbox|interno|whats\w*)|"
    r"(?:escribeme|escribanme|mandame\s*(?:un\s*)?(?:dm|md|mensaje))\s*(?:y|e)\s*(?:te|les)\s*(?:cuento|explico|digo)|"
    # "mira lo que subí hoy 👉", "miren lo que acabo de subir"
    r"(?:mira|miren|vean|checa|chequen|chequea)\s*lo\s*que\s*(?:subi|acabo\s*de\s*subir)|"
    # "denle amor a mi último video", "vengan a mi live"
    r"(?:denle\s*(?:amor|like|apoyo)\s*a|vengan\s*a|vente\s*a|caigan\s*a|caete\s*a|unanse\s*a)\s*(?:mi|mis)\s*"
    r"(?:nuevo\s*|ultimo\s*)?(?:live|directo|stream|video|videos|canal|perfil|pagina|cuenta|tiktok|twitch|"
    r"youtube|publicacion|post)|"
    r"(?:check\s*(?:out\s*)?|visit\s*|go\s*(?:to|check)\s*|stop\s*by\s*|subscribe\s*to\s*|sub\s*to\s*|follow\s*)"
    r"(?:my|our)\s*(?:new\s*|latest\s*)?(?:profile|page|channel|bio|account|ig|insta|instagram|story|stories|videos?|"
    r"content|music|shop|store|website|twitch|tiktok|youtube|latest\s*post|posts?)|"
    r"(?:revisa|revisen|mira|miren|visita|visiten|chequea|checa|checen|pasa\s*por|pasate\s*por|pasen\s*por|"
    r"sigan|siganme|sigueme\s*en|seguime\s*en|suscribete\s*a|suscribanse\s*a|unete\s*a|entra\s*a|entren\s*a|"
    r"entra\s*en|entren\s*en)\s*(?:mi|mis|nuestro|nuestra)\s*(?:nuevo\s*|ultimo\s*)?(?:perfil|bio|pagina|canal|"
    r"cuenta|tienda|historia|historias|video|videos|ig|insta|instagram|twitch|tiktok|youtube|contenido|"
    r"publicacion|post)|(?:link|enlace)\s*(?:in|on|en)\s*(?:my|mi)\s*bio|"
    # adult bait pointing at the writer's page: "tengo contenido exclusivo en mi perfil 🔞"
    r"(?:contenido\s*(?:exclusivo|\+18|hot|para\s*adultos)|exclusive\s*content|\U0001F51E)\b.{0,60}\b(?:en|in|on)\s*"
    r"(?:mi|my)\s*(?:perfil|profile|bio|page|pagina|cuenta|account)|(?:en|in|on)\s*(?:mi|my)\s*(?:perfil|profile|bio|"
    r"page|pagina|cuenta|account)\b.{0,60}(?:contenido\s*(?:exclusivo|\+18|hot)|exclusive\s*content|\U0001F51E))\b")
_LEADING_HANDLE_RE = re.compile(r"\s*(@[\w.]+)")  # a reply: the thread's handle opens the comment


def is_self_promotion(text: str) -> bool:
    """An invitation to the writer's own page, channel or profile, a follow-back or milestone ask, or a pitch moved
    to DMs; not in a reply that opens with a handle, not with warning words (config.AUTH_SELF_PROMO_SPAM_MIN)."""
    if _LEADING_HANDLE_RE.match(text):
        return False
    folded = fold(text)
    return _SELF_PROMO_RE.search(folded) is not None and SCAM_WARNING_RE.search(folded) is None


# The recovery scam's referral: someone else's handle praised for getting back a hacked account, stolen money or a
# refund ("@hackerz_medellin me lo recuperó, cobra barato", "this page doesn't reply but @support_team does, they
# solved my refund"). The handle a reply opens with and the platforms' own handles do not count, nor a handle warned
# about ("cuidado con @x, es estafa"; config.AUTH_RECOVERY_SPAM_MIN).
_RECOVERY_CONTEXT_RE = re.compile(
    r"\b(?:hack\w*|hacke\w*|recover\w*|recuper\w*|disabled|deactivated|locked|unlock\w*|suspended|desactiv\w*|"
    r"bloque\w*|suspendi\w*|clonar\w*|clonaron|stolen|robaron|robo|lost\s*(?:my|access|all)|perdi\w*|"
    r"refund\w*|reembolso\w*|funds|fondos|broker\w*|scam\w*|estaf\w*)\b")
_REFERRAL_RE = re.compile(
    r"\b(?:contact\w*|habla(?:le|les)?|escribe(?:le|les)|escribi(?:le|les)|reach\s*out|message\s*(?:him|her|them)|"
    r"text\s*(?:him|her|them)|dm\s*(?:him|her|them)|helped|ayud[oa]|ayudaron|devolvi\w*|"
    r"recupero|recovered|got\s*(?:it|(?:my|me|our)(?:\s+\w+){0,2})\s*back|solved|fixed|arregl\w*|recomiend\w*|recommend\w*|"
    r"confianza|legit|trusted|reliable|genuine|real\s*deal|cobra|"
    # thanks to a handle whose name is the pitch: "gracias a @hacker_ethical_jose pude ver sus chats"
    r"(?:gracias\s*a|thanks\s*to)\s*@[\w.]*(?:hack|recover|recuper|cyber|spy|espia)\w*)\b")
_WARNED_HANDLE_RE = re.compile(
    r"(?:cuidado\s*con|ojo\s*con|beware\s*(?:of)?|don'?t\s*trust|no\s*(?:confien|confies|le\s*crean)\s*(?:en|a)?|"
    r"report\w*|denunci\w*|bloque\w*|block\w*|"
    # "no le escribas a @x", "do NOT message @x"
    r"no\s*(?:le\s*|les\s*)?(?:escribas|escriban|contactes|contacten|hables|hablen|pagues|paguen|mandes|manden)\s*"
    r"(?:nada\s*)?|(?:do\s*not|don'?t|never)\s*(?:message|contact|text|dm|pay|send\s*\w*\s*to|write\s*to|"
    r"reach\s*out\s*to))\s*(?:a\s*|to\s*)?@|"
    # "@x is a scam", "'contact @x' is a scammer", "los de @x son bots"
    r"@[\w.]+['\u2019\"]?\s*(?:is|are|es|son)\s*(?:a\s*|an\s*|un\s*|una\s*|unos\s*|unas\s*|all\s*|todos\s*)?"
    r"(?:scam\w*|fake|fraud\w*|estafa\w*|falso|falsa|falsos|fraude|bots?)")
_PLATFORM_HANDLES = frozenset({"@instagram", "@meta", "@facebook", "@tiktok", "@youtube", "@whatsapp", "@x",
                               "@twitter", "@creators", "@instagramcomms"})


def _third_party_handles(text: str, scan: str | None = None, creator: str | None = None) -> list[str]:
    """The handles of `scan` (default: `text`) that name a third party: not the one a reply to `text` opens with,
    nor a platform's own, nor the post creator's (`creator`, when known: "thanks @mybank, they got my money back"
    under the bank's own post is a customer, not a referral)."""
    handles = HANDLE_RE.findall(text if scan is None else scan)
    if _LEADING_HANDLE_RE.match(text):
        handles = handles[1:]
    own = handle_key(creator)
    return [h for h in handles if h.lower().rstrip(".") not in _PLATFORM_HANDLES and handle_key(h.rstrip(".")) != own]


def is_recovery_referral(text: str, creator: str | None = None) -> bool:
    """Someone else's handle (not `creator`'s) praised or recommended for recovering accounts, money or refunds
    (see above)."""
    if not _third_party_handles(text, creator=creator):
        return False
    folded = fold(text)
    return (_RECOVERY_CONTEXT_RE.search(folded) is not None and _REFERRAL_RE.search(folded) is not None
            and _WARNED_HANDLE_RE.search(folded) is None)


# The investment scam's testimonial: someone else's handle credited for trading or investment gains ("i deposited
# $1000 and got a return of $8,000, her honesty is undeniable @earn_with_x", "invertí con el mentor @lucas.trader,
# escribile"): money-making words beside thanks, praise or a contact ask, and a third party's handle not warned
# about (config.AUTH_INVESTMENT_REFERRAL_SPAM_MIN). Not "earned" or "$" alone: a fan thanking a finance creator for
# paying off a debt names no investment.
_INVEST_CONTEXT_RE = re.compile(
    r"\b(?:invest\w*|deposit\w*|trad(?:e|es|ed|er|ers|ing)|profits?|forex|fx|crypto\w*|bitcoin|btc|usdt|returns?|"
    r"withdraw\w*|portfolio|payouts?|cash\s*out|mining|earn\w*|income|ganancias?|inversi\w*|invert\w*|invierte|"
    r"invirtiendo|rendimientos?|retiros?|cripto\w*|depositos?|ingresos)\b")
_CREDIT_RE = re.compile(
    r"\b(?:thank(?:s|\s*you)|grateful|gracias|guide[ds]?|guiding|mentor\w*|the\s+best|is\s+(?:the\s+)?(?:real|legit|"
    r"genuine|honest)|honest\w*|trustworthy|(?:invest\w*|trad\w*|work\w*|earn\w*|started|start)\s+with|"
    r"(?:message|inbox|dm|contact|reach|text|write\s+to|chat\s+with|follow)\s+@|helped|help(?:ing)?\s+(?:me|people|us)|"
    r"recommend\w*|recomiend\w*|me\s+ayud\w*)\b")


def is_investment_referral(text: str, creator: str | None = None) -> bool:
    """Someone else's handle (not `creator`'s) credited for trading or investment gains (see above); a recovery
    referral is left to `is_recovery_referral`."""
    if not _third_party_handles(text, creator=creator):
        return False
    folded = fold(text)
    return (_INVEST_CONTEXT_RE.search(folded) is not None and _CREDIT_RE.search(folded) is not None
            and _WARNED_HANDLE_RE.search(folded) is None and not is_recovery_referral(text, creator))


# The referral scam that names a person instead of a handle: a titled private person (an expert, mentor, healer,
# agent, "Mrs. Rebecca Thornton", "el contador Wilfredo Ramos", "la maestra Carmen") credited for money recovered,
# a loan, investment gains, a cure or a partner brought back, and a way to reach them ("búsquenla como…", "pregunten
# por él", "llámenlo al…", "he's easy to find on here", "decidle que vais de mi parte"). The name must be written
# with a capital (a lowercased dump shows none, so the rule stays off there); a warning about the person keeps it
# off (config.AUTH_NAMED_REFERRAL_SPAM_MIN).
_NAMED_TITLE = (r"(?:mr|mrs|ms|dr|sr|sra|srta|lic|dra)\.?|miss|sir|madam|madame|expert|coach|mentora?|profe|"
                r"profesora?|priest|pastor|prophet|baba|chief|se[nñ]ora?|don|do[nñ]a|licenciad[oa]|asesora?|doctora?|"
                r"ingenier[oa]|maestr[oa]|brujo|bruja|cham[aá]n|hechicer[oa]|curander[oa]|contadora?|agente|agent|"
                r"officer|consultant|trader|broker|hacker|specialist")
_NAMED_PERSON_RE = re.compile(
    r"(?i:\b(?:" + _NAMED_TITLE + r"))[ \t]+(?!(?:I|It|The|He|She|They|We|You|Yo|El|La|Los|Las|Es|Y|A|En|Un|Una|And|"
    r"But|So|My|Mi)\b)[A-ZÁÉÍÓÚÑ][\w'-]+")
_NAMED_BENEFIT_RE = re.compile(
    r"\b(?:got\s+(?:back|my|me|it)|back\s+in|recover\w*|recuper\w*|refund\w*|reversar|cured?|healed?|cancer|"
    r"tratamiento|treatment|cur[oa]\w*|sano|regres\w*|volvio|came\s+(?:back|home)|returned|prestamo|loan|credit\w*|"
    r"multipli\w*|profits?|ganancias?|returns?|invest\w*|invert\w*|trading|forex|crypto\w*|bitcoin|btc|historial|"
    r"deudas?|debts?|amarres?|spells?|hechizo\w*)\b")
_NAMED_REACH_RE = re.compile(
    r"\b(?:busquen\w*|buscal[oa]|search\s+(?:for\s+)?(?:him|her)|look\s+(?:him|her)\s+up|easy\s+to\s+find|"
    r"find\s+(?:him|her)|pregunten\s+por|ask\s+for\s+(?:him|her)|llamen\w*|llamal[oa]|call\s+(?:him|her)|"
    r"contact\w*|escribe(?:le|les)|escribanle|escribile|whats\s*app|wsp|telegram|dile\w*|diganle|decidle|"
    r"de\s+(?:mi\s+)?parte|lo\s+encontr\w*|la\s+encontr\w*|reach\s+(?:him|her|out)|message\s+(?:him|her)|"
    r"text\s+(?:him|her)|dm\s+(?:him|her)|inbox\s+(?:him|her))\b")


def is_named_referral(text: str) -> bool:
    """A titled private person credited for money back, a loan, gains, a cure or a partner returned, with a way to
    reach them not negated ("no lo contacten" is a warning; see above)."""
    folded = fold(text)  # the cheap tests first: the capitalised name's case-blind titles are the slow one
    return (_NAMED_BENEFIT_RE.search(folded) is not None and _unnegated(_NAMED_REACH_RE, folded, _NEGATION_CLAUSE_RE)
            and _WARNED_HANDLE_RE.search(folded) is None and _NAMED_PERSON_RE.search(text) is not None)


# A warning about scammers in the thread ("@ana do NOT message @x, he scammed my brother", "los que comentan 'un
# hacker me ayudó' son estafadores, repórtenlos", "me llegó un DM diciendo que gané, reportada"): its scam words are
# the scam's, often quoted, and the n-grams read them as a pitch. The quoted parts are set aside first; what is left
# must warn (scammers named as bots or fakes, "cuidado con", "do not message", "ignoren", "reportada"), and must not
# ask to get in touch, vouch for anyone ("legit", "recomiendo", "me ayudó"), name a handle it does not warn about,
# link anywhere but a platform's own help pages, or pitch anything (config.AUTH_WARNING_SPAM_MAX).
_QUOTED_RE = re.compile(r"'[^']{2,120}'|\"[^\"]{2,120}\"|\u2018[^\u2019]{2,120}\u2019|\u201c[^\u201d]{2,120}\u201d|"
                        r"\u00ab[^\u00bb]{2,120}\u00bb")
_ALERT_RE = re.compile(
    r"\b(?:(?:son|are|they'?re|theyre|is|es|eran|were)\s+(?:all\s+|todos\s+|todas\s+|puros?\s+|unos?\s+|unas?\s+|"
    r"an?\s+|una?\s+)?(?:bots?|scammers?|estafador\w*|fake|falsos?|falsas?|scams?|estafas?|fraud\w*|fraude|mentira)|"
    r"cuidado\s+con|ojo\s+con|beware\s+of|watch\s+out\s+for|"
    r"(?:do\s*not|don'?t|never|no)\s+(?:message|contact|pay|trust|click|reply|answer|send|dm|text)|"
    r"no\s+(?:le\s+|les\s+)?(?:escribas|escriban|contestes|contesten|respondas|respondan|paguen|pagues|des|den|"
    r"confies|confien|caigan|caigas|entres|entren)|ignor(?:e|en|a|ar)\s+(?:a\s+)?(?:everyone|everybody|all|them|"
    r"these|those|the|todos|todas|esos|esas|los|las)|report(?:ed|ada|ado|en|alo|ala|alos|a\s+la\s+cuenta)\b|"
    r"denunci\w+|(?:ninguno|ninguna|nadie|none|no\s*one|nobody)\b[^.!?]{0,60}\b(?:es|is|are|son)\s+(?:real|legit|"
    r"verdad)|scammed|estafaron|robaron|stole)\b")
_ALERT_CONTACT_RE = re.compile(
    r"\b(?:escribe(?:me|nos)|escribime|escribinos|escribanme|escribid(?:me|nos)|contactad(?:me|nos)|mandad(?:me|nos)|"
    r"manda(?:me|nos)|envia(?:me|nos)|contacta(?:me|nos)|"
    r"contactanos|habla(?:me|nos)|(?:dm|pm|md|message|text|contact|write|inbox)\s*(?:me|us)|reach\s*(?:me|us|out\s+to)|"
    r"legit|de\s+confianza|trusted|reliable|recomiend\w*|recommend\w*|helped\s+me|me\s+ayud\w*|recovered|"
    r"recupero|got\s+(?:it|(?:my|me|our)(?:\s+\w+){0,2})\s+back|busquen\w*|buscalo|search\s+(?:for\s+)?(?:him|her|them)|"
    r"look\s+(?:him|her|them)\s+up|whats\s*app|telegram|wsp)\b")
_OFFICIAL_DOMAIN_RE = re.compile(r"\b(?:help\.)?(?:instagram|facebook|meta|tiktok|youtube|google|whatsapp|x|twitter)\.com\b")
ALERT_PITCH_PATTERNS = frozenset({"check_profile", "follow_back", "crypto_invest", "money_from_home", "shop",
                                  "buy_followers", "adult_bait", "testimonial", "messaging_link"})


def is_scam_alert(text: str, creator: str | None = None) -> bool:
    """A warning about scammers in the thread, with its quotes set aside: no contact ask, vouching, unwarned
    handle (the post creator's, `creator`, is no third party), outside link or pitch (see above)."""
    folded = fold(text)
    if _ALERT_RE.search(folded) is None:  # most comments: setting the quotes aside can only remove warning words
        return False
    bare = _QUOTED_RE.sub(" ", folded)
    if _ALERT_RE.search(bare) is None or _ALERT_CONTACT_RE.search(bare) is not None:
        return False
    if set(promo_matches(bare)) & ALERT_PITCH_PATTERNS:
        return False
    if _LINK_OR_DOMAIN_RE.search(_OFFICIAL_DOMAIN_RE.sub(" ", bare)) is not None:
        return False
    others = _third_party_handles(text, _QUOTED_RE.sub(" ", text), creator)
    if others and len(_WARNED_HANDLE_RE.findall(bare)) < len(others):
        return False
    return not (is_recovery_referral(text, creator) or is_investment_referral(text, creator) or is_self_promotion(text)
                or is_sales_offer(text))


# Stock praise, as engagement bots driven by a language model write it in 2026: fluent, polite, often long, saying the
# caption back in set phrases ("What a wonderful reminder that sustainable fashion can be stylish! Your passion truly
# shines through 🌿✨", "un testimonio poderoso de que la disciplina siempre da frutos, ¡sigue brillando!"). It repeats
# the caption's words, so the superficial head reads it as specific to the post. Two distinct set phrases, and
# nothing of the writer's own (no "I", "my", "yo", "mi", no question, no handle or link: a person adds their story or
# asks), make it superficial (config.AUTH_STOCK_PRAISE_SUPERFICIAL_MIN).
_STOCK_PRAISE_RE = re.compile(
    r"\b(?:testament|testimonio\s+(?:poderoso|de\s+que)|truly|realmente|verdaderamente|sin\s+duda|undoubtedly|"
    r"(?:thank\s+you|thanks)\s+for\s+sharing|gracias\s+por\s+compartir|"
    r"your\s+(?:passion|dedication|commitment|journey|hard\s+work|energy|creativity|talent)|"
    r"tu\s+(?:pasion|dedicacion|compromiso|esfuerzo|constancia|talento|energia|creatividad)|"
    r"(?:is|are)\s+(?:such\s+)?(?:a\s+)?(?:proof|reminder)|(?:demuestra|recuerda)\s+que|reminder\s+that|proof\s+that|"
    r"nothing\s+quite\s+like|nada\s+como|keep\s+(?:shining|pushing|inspiring|it\s+up|going|up\s+the\s+(?:great|amazing)\s+"
    r"work)|sigue\s+(?:brillando|asi|inspirando)|inspir\w*|empower\w*|shines?\s+through|se\s+nota\s+(?:el|la|que|tu)|"
    r"what\s+an?\s+(?:wonderful|beautiful|powerful|great|amazing|incredible)|"
    r"que\s+(?:maravillos[ao]|bonit[ao]|hermos[ao])\s+(?:manera|forma)|"
    r"such\s+an?\s+(?:powerful|empowering|inspiring|beautiful|wonderful|thoughtful|great)|"
    r"the\s+best\s+is\s+yet\s+to\s+come|lo\s+mejor\s+esta\s+por\s+venir|sueno\s+hecho\s+realidad|dream\s+come\s+true|"
    r"bendiciones|blessings|pure\s+(?:inspiration|comfort|joy|magic)|pura\s+inspiracion|conectar\s+con|connect\s+with|"
    r"so\s+many\s+people|muchisimas\s+personas|toda\s+tu\s+comunidad|your\s+community|valuable|valios[oa]|da\s+frutos|"
    r"milestone|logro|achievement|beautiful(?:ly)?|incredible|increibles?|maravill\w*|magic\w*|magico|unic[oa]s?)\b")
_OWN_VOICE_RE = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|i'?ll|my|me|mine|myself|yo|mi|mis|conmigo)\b|\?")


def is_stock_praise(text: str) -> bool:
    """Two or more distinct set phrases of bot-written praise and nothing of the writer's own (see above)."""
    if HANDLE_RE.search(text) is not None:
        return False
    folded = fold(text)
    if _OWN_VOICE_RE.search(folded) is not None or _LINK_OR_DOMAIN_RE.search(folded) is not None:
        return False
    return len({m.group(0) for m in _STOCK_PRAISE_RE.finditer(folded)}) >= 2


# A long first-person story that points nobody anywhere ("my account was hacked in January, I got thirty DMs from
# 'recovery experts' and paid none of them, the official form took eleven days"): a user's own account of money,
# hacks, prizes or debt. The spam head reads its scam words (hacked, crypto, DM, won, refund) as a pitch, and long
# comments on finance posts sat at P(spam) 0.4-0.7. A scam needs a way to reach the scammer, so what a testimonial or
# a plea adds keeps the rule off: another's handle, a hashtag, a link, a phone or email (the normaliser's counts, read
# by the model), an ask to message, follow or look someone up, a named expert or "thanks to <someone>", gains with an
# amount or returns, the writer's own channel or music, a donation plea (config.AUTH_PERSONAL_STORY_SPAM_MAX).
PERSONAL_STORY_MIN_WORDS = 40
PERSONAL_STORY_MIN_FIRST_PERSON = 3
_FIRST_PERSON_RE = re.compile(
    r"\b(?:i|i'?m|i'?ve|i'?d|i'?ll|my|me|myself|we|our|us|yo|mi|mis|nos|nosotros|nuestr[oa]s?|conmigo)\b")
_STORY_ASK_RE = re.compile(  # someone to get in touch with or look up
    r"\b(?:(?:dm|pm|md|message|text|contact|write\s+to|reach\s+out\s+to|inbox|whats\s*app|telegram|email|call|ring|"
    r"follow|search\s+for|look\s+up|google|ask)\s+(?:him|her|them|me|us)|send\s+(?:\w+\s+){0,3}(?:a\s+)?(?:direct\s+)?"
    r"(?:messages?|dms?|texts?|mails?|emails?)|(?:details|info\w*)\s+(?:in|by|via)\s+(?:dm|inbox|pm)|"
    r"get\s+in\s+touch|reach\s+out|search\s+for|look\s+(?:him|her|them)\s+up|escribe(?:le|les|me|nos)|escribile|"
    r"escribanle|contacta(?:le|la|lo|me|nos)|contactarl[oa]|hablale|habla(?:le|me)|buscal[oa]|busquen(?:la|lo)|"
    r"mandale|mandenle|manden?\s+(?:un\s+)?(?:mensaje|dm|md|inbox)|pregunt\w*\s+a\s+(?:ella|el)|que\s+le\s+pregunte\w*|"
    r"(?:su|mi)\s+(?:whats\s*app|wsp|numero|telegram|correo)|(?:invest\w*|trading|bitcoin|crypto|forex)\s+is\s+real)\b")
_STORY_CREDIT_RE = re.compile(  # someone credited: a title and a name, "thanks to <someone>", a program joined
    r"\b(?:(?:mr|mrs|ms|miss|dr|sir|madam|madame|expert|coach|mentor[a]?|profe|profesor[a]?|priest|pastor|prophet|"
    r"baba|chief|senor|senora|sra|sr|licenciad[oa]|lic|asesor[a]?|doctor[a]?|ingenier[oa]|maestr[oa]|brujo|bruja|"
    r"chaman|hechicer[oa])\.?\s+[a-z]{2,}|thanks\s+to\s+(?!you|your|this|the|my|our|that|it)\w+|"
    r"with\s+the\s+help\s+of\s+(?!you|your|this|the|my|our)\w+|(?:introduced|referred|recommended)\s+(?:me\s+)?to|"
    r"gracias\s+a\s+(?!ti|tu|tus|este|esta|esto|el|mi|mis|nuestr)(?:la\s+|los\s+|las\s+)?\w+|"
    r"me\s+(?:presento|presentaron|recomendo|recomendaron)\s+a|changed\s+my\s+life|me\s+cambio\s+la\s+vida|"
    r"(?:join\w*|unirme|me\s+uni)\s+(?:\w+\s+){0,3}(?:program\w*|platform|programa|plataforma))\b")
_STORY_GAIN_RE = re.compile(  # gains, money from home, something sold, a spell cast
    r"\b(?:profits?|returns?|payouts?|withdraw\w*|cash(?:ed)?\s*out|ganancias?|rendimientos?|retir(?:e|o|os|ar)|"
    r"(?:earn\w*|made|make|received?|got|gane|recibi)\s+(?:over\s+|up\s+to\s+|about\s+|more\s+than\s+)?[$€£]?\s?\d|"
    r"\d[\d.,]*\s?(?:btc|eth|usdt)\b|(?:make|earn|making|earning)\s+money|(?:ganar|gano|gane|ganando)\s+(?:mas\s+|"
    r"dinero|plata|lana|desde\s+casa)|(?:online|digital)\s+business|negocio\s+(?:online|digital)|(?:yo\s+)?vendo|"
    r"i\s+sell|selling|precios|prices|descuentos?|discounts?|spells?|hechizos?|amarres?|brujeria)\b")
_STORY_OWN_CHANNEL_RE = re.compile(  # the writer's own channel or page, a follow ask, a plea for money
    r"\b(?:subscrib\w*|suscrib\w*|subs|channel|canal|youtube|check\s+(?:it\s+|me\s+|us\s+)?out|checa|chequen|"
    r"(?:my|our|mi|mis|nuestr[oa]s?)\s+(?:\w+\s+){0,3}(?:page|music|videos?|profile|bio|songs?|tracks?|remix\w*|covers?|"
    r"mixtape|website|blog|shop|store|pagina|perfil|musica|tienda|canciones|temas)|like\s+this\s+comment|thumbs?|"
    r"follow\s+(?:me|us|my|our)|seguirme|sigueme|siganme|(?:los|las|les)\s+invito|join\s+(?:me|us|my|our)|unete|"
    r"unanse|donat\w*|donar|donacion\w*|financial\s+(?:help|support|donation)|help\s+me\s+with\s+(?:money|funds)|"
    r"ayuda\s+economica|beg\w*|school\s+fees|account\s+details|even\s+[$€£]\s?\d)\b")


def is_personal_story(text: str, creator: str | None = None) -> bool:
    """A long first-person story that names no one to contact and pitches nothing (see above). The phone, email,
    link and hashtag counts are the caller's: the normaliser's signals."""
    if len(text.split()) < PERSONAL_STORY_MIN_WORDS or _third_party_handles(text, creator=creator):
        return False
    folded = fold(text)
    if len(_FIRST_PERSON_RE.findall(folded)) < PERSONAL_STORY_MIN_FIRST_PERSON:
        return False
    return not any(r.search(folded) for r in (_LINK_OR_DOMAIN_RE, _CONTACT_ASK_RE, _STORY_ASK_RE, _STORY_CREDIT_RE,
                                              _STORY_GAIN_RE, _STORY_OWN_CHANNEL_RE))


# what a creator's own reply under their own post may not pitch and still read as theirs: a hacked account's posts
# (config.AUTH_CREATOR_SPAM_MAX)
HACKED_ACCOUNT_PATTERNS = frozenset({"crypto_invest", "money_from_home", "adult_bait", "buy_followers"})


# A brand's or creator's support reply to a customer, in the account's own "we" voice ("@dani Hola Daniela,
# lamentamos las molestias, escríbenos por DM con tu número de cliente", "@mike sorry about the wait! Can you DM us
# your order number?"): the spam head reads "DM us", "escríbenos", "envío gratis" as a pitch's words, and a brand
# monitoring dump holds the brand's replies under every creator who tagged it. What a fake support account adds (a
# WhatsApp or phone number, a link or domain, another handle, "escríbeme" in an agent's own voice, a claim, verify or
# form step, a card number or password asked for, any other pitch) keeps the rule off (config.AUTH_SUPPORT_SPAM_MAX).
SUPPORT_REPLY_PATTERNS = frozenset({"dm_collab", "shop"})  # the only promo patterns a support reply may match
_SUPPORT_VOICE_RE = re.compile(
    r"\b(?:lamentamos|sentimos\s+(?:mucho\s+)?(?:la|el|las|los|lo|que|mucho)|(?:te|le|les)\s+pedimos\s+(?:disculpas|perdon)|"
    r"disculp[ae]\s+(?:las?|los)\s+(?:molestias?|inconvenientes?)|perdon\s+por\s+(?:la|el|las|los)\s+"
    r"(?:molestias?|demora|retraso|inconvenientes?)|(?:escribenos|escribinos|envianos|enviamos|mandanos|contactanos)\s+"
    r"(?:\w+\s+)?(?:por|al|a)\s+(?:dm|md|privado|interno|inbox|mensaje)|"
    r"(?:te|le)\s+(?:escribimos|contactamos|confirmamos|avisamos|damos|respondemos)|"
    r"(?:ya\s+)?(?:revisamos|validamos|escalamos|programamos|procesamos|tramitamos|bonificamos|verificamos|"
    r"reportamos)\s+(?:tu|su|el|la|los|las)\b|estamos\s+(?:trabajando|revisando|teniendo|investigando)|"
    r"nuestro\s+equipo|gracias\s+por\s+(?:escribirnos|contactarnos|tu\s+paciencia|avisarnos|reportarlo)|"
    r"we(?:'re|\s+are)\s+(?:so\s+|very\s+|really\s+|truly\s+)?sorry|we\s+apologi[sz]e|"
    r"sorry\s+(?:about|for)\s+(?:the|this|your|any)\s+(?:wait|delay|trouble|inconvenience|issue|experience|confusion)|"
    r"sorry\s+to\s+hear|(?:dm|message|pm)\s+us|send\s+us\s+(?:a\s+)?(?:dm|message|direct\s+message|pm)|"
    r"our\s+(?:team|support\s+team|care\s+team)|we(?:'ll|\s+will)\s+(?:check|look|sort|get\s+back|follow\s+up|"
    r"make\s+it\s+right)|thanks?\s+(?:you\s+)?for\s+(?:flagging|reaching\s+out|letting\s+us\s+know|your\s+patience))\b")
_FAKE_SUPPORT_RE = re.compile(
    r"\b(?:escribeme|escribime|mandame|enviame|contactame|dm\s+me|message\s+me|text\s+me|whats\s*app|wsp|wpp|"
    r"telegram|signal|claim\w*|reclam[ae]r?\b|redeem\w*|verif\w*|formulario|form|ingres[ae]\s+(?:sus|tus)\s+datos|"
    r"enter\s+your\s+(?:details|info)|asesor\w*|agent|agente)\b")
# what an impersonator asks a customer for ("send us your full card number and expiry date", "tu número de cuenta y
# clave dinámica", "foto de tu DNI y de tu tarjeta"); a real brand names them only to say it never asks ("nunca tu
# contraseña", "we'll never ask for your recovery phrase"), so a mention with a negation shortly before is not counted
_CREDENTIAL_RE = re.compile(
    r"\b(?:(?:full\s+)?card\s+(?:number|details|info)|expiry|expiration\s+date|cvv|cvc|pin|nip|password|passcode|"
    r"contrasena|clave|(?:one[\s-]time|verification|sms)\s+code|otp|codigo\s+(?:del\s+|de\s+|que\s+te\s+llega\s+(?:por\s+)?)?"
    r"sms|recovery\s+phrase|seed\s+phrase|\d+[\s-]word|frase\s+semilla|numero\s+de\s+(?:tu\s+|su\s+)?(?:tarjeta|cuenta)|"
    r"datos\s+de\s+(?:tu\s+|su\s+)?tarjeta|account\s+number|login\s+details|foto\s+de\s+(?:tu\s+|su\s+)?"
    r"(?:dni|cedula|ine|pasaporte|tarjeta)|(?:photo|picture)\s+of\s+your\s+(?:id|card|passport))\b")
_NEGATIONS = r"nunca|never|no|not|don'?t|do\s+not|jamas"  # the words that negate what follows them
_NEGATION_BEFORE_RE = re.compile(r"\b(?:" + _NEGATIONS + r"|desconfi\w*|sin)\b[^.!?]{0,40}$")


# a negation in the same clause just before an ask ("no lo contacten", "don't message her"); "don't give up, he's
# easy to find" negates something else
_NEGATION_CLAUSE_RE = re.compile(r"\b(?:" + _NEGATIONS + r")\b[^.!?,;]{0,25}$")


def _unnegated(pattern: re.Pattern[str], folded: str, negation: re.Pattern[str] = _NEGATION_BEFORE_RE) -> bool:
    """Whether `pattern` matches with no `negation` in the 40 characters before it."""
    return any(negation.search(folded[max(0, m.start() - 40):m.start()]) is None for m in pattern.finditer(folded))


def _asks_credentials(folded: str) -> bool:
    """Whether a credential is asked for: named with no negation just before it ("nunca tu contraseña")."""
    return _unnegated(_CREDENTIAL_RE, folded)


def is_support_reply(matched: Iterable[str], text: str) -> bool:
    """A reply (opening with the customer's handle) in a support account's "we" voice, with no other handle, link,
    contact outside the platform, claim or verify step, credential asked for, and no promo pattern but DM and shop
    words (see above)."""
    if not set(matched) <= SUPPORT_REPLY_PATTERNS or not _LEADING_HANDLE_RE.match(text):
        return False
    if len(HANDLE_RE.findall(text)) > 1:
        return False
    folded = fold(text)
    if _LINK_OR_DOMAIN_RE.search(folded) is not None or _FAKE_SUPPORT_RE.search(folded) is not None:
        return False
    return _SUPPORT_VOICE_RE.search(folded) is not None and not _asks_credentials(folded)


# Literal (folded) substrings, at least one of which is inside every match of the pattern of the same name: a
# C-speed `in` test skips the regex scan on most comments. On the 4,000 bench comments promo_matches ran 3-4x
# faster, with the same matches on 11,276 texts (bench, project set, ScamSpot, YouTube);
# tests/test_authenticity_lexicon.py repeats the comparison on the project set and the demo dump.
_PROMO_ANCHORS: dict[str, tuple[str, ...]] = {
    "follow_back": (
        "f4f", "l4l", "s4s", "like4like", "follow", "sigueme", "sigo", "seguimiento", "siganme", "seguime", "sdv",
        "sigues", "seguimos",
    ),
    "check_profile": (
        "check", "visit", "link", "revisa", "mira", "chequea", "checa", "pasa", "pasen", "enlace", "sub", "suscrib",
        "channel", "canal",
    ),
    "dm_collab": (
        "dm", "pm", "md", "send", "check", "escribe", "manda", "envia", "privado", "inbox", "colab", "collab",
        "ambassador", "embajador", "promo", "feature", "partnership", "proposal", "propuesta",
    ),
    "crypto_invest": (
        "crypto", "cripto", "bitcoin", "btc", "eth", "usdt", "forex", "binary", "invest", "inversi", "inverti",
        "invierte", "profit", "ganancia", "trading", "trader", "account", "mentor", "passive", "ingreso", "airdrop",
        "nft", "wallet", "blockchain", "dividend", "0x", "double", "duplica",
    ),
    "account_recovery": ("recover", "recuper", "hack"),
    "impersonation": (
        "soporte", "equipo", "servicio", "centro", "seguridad", "support", "security", "business", "copyright",
        "cuenta", "account", "page", "profile", "verifi", "verify", "evitar", "avoid", "derechos", "badge", "tick",
        "check", "insignia",
    ),
    "money_from_home": (
        "work", "trabaj", "make", "$", "gan", "dinero", "ingreso", "earn", "income", "hustle", "freedom", "libertad",
        "made", "changed", "cambio", "preguntame", "unete", "prestamo", "buro",
    ),
    "giveaway": (
        "giveaway", "sorteo", "ganaste", "ganado", "won", "winner", "ganador", "claim", "reclam", "free", "regalamos",
        "congratulation", "felicidades", "win", "gana",
    ),
    "messaging_link": (
        "wa.me", "whats", "telegram", "t.me/", "wsp", "signal", "linktr", "bit.ly", "tinyurl", "cutt.ly", "shorturl",
        "kik", "snapchat",
    ),
    "shop": (
        "shop", "store", "tienda", "discount", "codigo", "cupon", "coupon", "%", "descuento", "shipping", "envio",
        "wholesale", "mayoreo", "pedido", "order", "compra", "replica", "emprendimiento",
    ),
    "buy_followers": (
        "buy", "compra", "seguidores", "grow", "boost", "followers", "smm", "promotion", "vend", "free",
    ),
    "adult_bait": (
        "onlyfans", "only", "18+", "sexy", "hot", "nude", "dating", "citas", "single", "sugar", "cam",
    ),
    "testimonial": (
        "thank", "gracias", "recommend", "recomiendo", "contact", "reach", "touch", "sigan", "visiten", "follow",
    ),
}

# Whole-comment generic praise / filler (after canonical cleanup): "nice pic", "me encanta", "primero".
GENERIC_WORDS_EN = frozenset("""
nice pic pics picture pictures photo photos great good love loved loving lovely it this that so soo sooo very
cute beautiful amazing awesome wow woww cool pretty gorgeous stunning perfect fire queen king goals omg yes yess
first video vid content keep up the work best beauty slay slayed yay wonderful fantastic incredible excellent
looks look looking post posts u you your ur is are a an and my oh god damn lit dope sick fab fabulous epic
super really real legend legendary iconic obsessed vibes vibe mood beautifull amazingg nicee xoxo lol haha
hahaha lmao omggg gorgeous queenn icon proud inspiration inspiring literally just wonderfull congrats
congratulations bro sis girl man dude guys yasss yas ok okay true facts agree same me too wowww brilliant
masterpiece goat stunningg hot sweet adorable precious glowing glow bae babe love it
""".split())
GENERIC_WORDS_ES = frozenset("""
que qué linda lindo lindas lindos hermosa hermoso hermosas hermosos bella bello bellas bellos me encanta
encantan encanto encantó wow guau precioso preciosa preciosos preciosas genial geniales increible increíble
top crack grande primero primera primer bonito bonita bonitas bonitos bueno buena buenisimo buenísimo
excelente la el los las foto fotos video vídeo contenido amo te lo mejor divina divino divinas reina rey uff
brutal fuego tremendo tremenda espectacular hermosura belleza qué lindo muy mas más super súper tan que
sigue asi así adelante felicidades felicitaciones amor amiga amigo bro hermano idola ídola idolo ídolo
maravillosa maravilloso maravilla perfecta perfecto diosa guapa guapo guapisima guapísima chula chulo
fenomenal ame amé simplemente lo máximo maximo orgullo grande grandes bravo vamos dale saludos besos
jaja jajaja jeje un una mi mis tu tus eres es son y o wooow wooo
""".split())
GENERIC_WORDS: frozenset[str] = GENERIC_WORDS_EN | GENERIC_WORDS_ES

_FIRST_RE = re.compile(r"^\s*(?:first|primero|primera|1st|1ero|1ro|early|temprano)\b[\s!.\W]*$")
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ELONG_RE = re.compile(r"([^\W\d_])\1{2,}")


_COMBINING_RE = re.compile(r"[\u0300-\u036f]")


@functools.lru_cache(maxsize=64)
def fold(text: str) -> str:
    """Lowercase and strip accents (sígueme -> sigueme) so one pattern covers both spellings. Its last results are
    kept: the rules over the heads take one comment at a time, and each of them folds it."""
    return _COMBINING_RE.sub("", unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).lower()))


PROMO_PATTERNS: dict[str, re.Pattern[str]] = {k: re.compile(v[0]) for k, v in _PROMO_SPEC.items()}
PROMO_REASONS: dict[str, str] = {k: v[1] for k, v in _PROMO_SPEC.items()}
PROMO_NAMES: tuple[str, ...] = tuple(_PROMO_SPEC)
if set(_PROMO_ANCHORS) != set(_PROMO_SPEC):
    raise RuntimeError("every promo pattern needs its anchor substrings")
# every anchor once, and the patterns each one lets through: one list comprehension of `in` tests per comment
# instead of a generator per pattern (the generators were most of promo_matches' time)
_ANCHORS: tuple[str, ...] = tuple(dict.fromkeys(a for anchors in _PROMO_ANCHORS.values() for a in anchors))
_ANCHOR_PATTERNS: dict[str, frozenset[str]] = {
    a: frozenset(name for name, anchors in _PROMO_ANCHORS.items() if a in anchors) for a in _ANCHORS}


def promo_matches(*texts: str) -> list[str]:
    """Names of the promo/scam patterns found in any of `texts` (each folded first), in PROMO_NAMES order."""
    folded = " \n ".join(fold(t) for t in texts if t)
    present = [a for a in _ANCHORS if a in folded]
    if not present:
        return []
    passed = frozenset().union(*(_ANCHOR_PATTERNS[a] for a in present))
    return [name for name, pat in PROMO_PATTERNS.items() if name in passed and pat.search(folded)]


def words(text: str) -> list[str]:
    """Lowercase letter-only words with elongations cut to two letters (siiii -> sii)."""
    return [_elong2(w) for w in _WORD_RE.findall(text.lower())]


# memoised per word (pure functions of one word; words recur over a dump): the per-word regex substitutions
# were a large part of the authenticity stage's time
@functools.lru_cache(maxsize=1 << 16)
def _elong2(w: str) -> str:
    return _ELONG_RE.sub(r"\1\1", w)


@functools.lru_cache(maxsize=1 << 16)
def is_generic_word(w: str) -> bool:
    """`w` is generic praise, elongated or not (goood, greeeat, buenisiiimo): the one test of the lexicon."""
    return w in GENERIC_WORDS or _ELONG_RE.sub(r"\1", w) in GENERIC_WORDS or re.sub(r"(.)\1+", r"\1", w) in GENERIC_WORDS


def generic_share(tokens: Iterable[str]) -> tuple[float, int]:
    """(share of words from the generic-praise lexicon, number of words). Elongation-tolerant."""
    toks = list(tokens)
    if not toks:
        return 0.0, 0
    hits = sum(1 for w in toks if is_generic_word(w))
    return hits / len(toks), len(toks)


def is_first_comment(text: str) -> bool:
    """'first!', 'primero' and friends: the comment only claims to be early."""
    return bool(_FIRST_RE.match(fold(text)))


# Comments that fit under any post, ES and EN. Their encoder embeddings form the genericness bank (stored
# with the model), so "genericness" = closeness to text that says nothing about the post. Hand-written so
# that no training row is its own neighbour in the bank.
GENERIC_TEMPLATES: tuple[str, ...] = (
    "nice pic 🔥🔥", "nice", "wow", "wow 😍", "amazing!!", "so beautiful", "beautiful ❤️", "love it",
    "love this ❤️", "I love it", "love this so much", "great post", "great content", "great video",
    "nice video", "awesome", "awesome content 👏", "cool", "so cool", "cute", "so cute 😍", "gorgeous",
    "stunning 😍", "perfect", "fire 🔥🔥🔥", "🔥🔥🔥", "😍😍😍", "❤️❤️❤️", "👏👏👏", "💯", "🙌", "😂😂😂",
    "first!", "first", "queen 👑", "goals", "omg", "yes!!", "slay", "keep it up", "keep up the good work",
    "best content ever", "you're the best", "love your content", "love you", "so pretty", "looks great",
    "looks amazing", "looks so good!!", "this is everything", "obsessed", "iconic", "legend", "you're amazing",
    "wow just wow", "so inspiring", "what a vibe", "@user", "@user @user", "@user look", "@user 😍",
    "me encanta", "me encanta ❤️", "me encantó", "qué linda", "que lindo", "hermosa", "hermoso 😍",
    "preciosa", "precioso", "bellísima", "qué bonito", "genial", "increíble", "top", "crack", "grande!",
    "primero", "primera", "wow qué belleza", "lo mejor", "te amo", "te quiero", "divina", "reina 👑",
    "uff 🔥", "brutal", "tremendo", "espectacular", "qué hermosura", "sigue así", "felicidades",
    "excelente contenido", "excelente video", "muy bueno", "buenísimo", "me encanta tu contenido",
    "eres la mejor", "eres lo máximo", "qué guapa", "guapísima", "chulísimo", "dale!!", "bravo 👏",
    "saludos desde México", "saludos", "besos", "jajaja", "jajaja 😂", "amo", "lo amo", "wooow",
    "qué bonita foto", "linda foto", "hermosa foto", "bonito video", "gran video", "muy lindo 😍",
)


# A post that announces a giveaway: its entries follow its rule ("participo @a @b @c"), so seventy near-identical
# tag lists within an hour are entrants, not a pod (coordination leaves them out; they stay superficial).
# Words that are also ordinary speech need the giveaway's context (QA): "este pozole se rifa" (Mexican: it rocks),
# "excited to enter a new chapter", a mention of a cooking contest.
_GIVEAWAY_CAPTION = re.compile(
    r"(?i)(?:#(?:rifa|concurso)\b|\b(?:giveaways?|sorteos?|sorteamos|sorteando|sorteio|regalamos|para\s+participar"
    r"|participa[nr]?\s+(?:y|and)"
    r"|ganador(?:a|es)?\s+(?:se\s+)?anunci|(?:to|how\s+to)\s+enter\s*(?::|the\s+(?:giveaway|contest|draw)\b)"
    r"|rifamos|rifando|(?:una|la|gran|nuestra|esta)\s+rifa\b"
    r"|(?:gran|nuestro|este|participa\s+en\s+(?:el|este|nuestro))\s+concurso\b|concurso\s*[:!]"
    r"|win\s+(?:a|an|this|these|one)\b[^.\n]{0,40}\b(?:follow|tag|like|comment)\b))")
HANDLE_RE = re.compile(r"@[\w.]+")  # an @handle as a comment writes it (dots and underscores included)
GIVEAWAY_ENTRY_MAX_WORDS = 10  # words besides the tags: "Qué lindo sorteo! participo" is an entry, a review is not


def is_giveaway_caption(caption: str | None) -> bool:
    """Whether the caption announces a giveaway, read through NFKC (𝗦𝗢𝗥𝗧𝗘𝗢 in styled letters is a sorteo)."""
    return bool(caption) and _GIVEAWAY_CAPTION.search(unicodedata.normalize("NFKC", caption)) is not None


def is_giveaway_entry(text: str) -> bool:
    """A comment that tags someone with a few words: what a giveaway asks its entrants to write."""
    if not HANDLE_RE.search(text or ""):
        return False
    return len(HANDLE_RE.sub(" ", text).split()) <= GIVEAWAY_ENTRY_MAX_WORDS
