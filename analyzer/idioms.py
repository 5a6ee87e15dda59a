"""Comments that are nothing but a praise or complaint idiom ("me encantó", "es una pasada", "temazo!!", "this
slaps", "qué asco"), whose polarity the tweet-trained sentiment model misreads.

Why a rule: the shipped model learned Spanish from InterTASS/EmoEvent tweets, where "me encantó" (past tense),
Spain's "mola", "me flipa", "es una pasada", LatAm's "chévere", "copado" and internet praise ("this slaps",
"obsessed") are rare; it reads several of them as negative. Fine-tuning on comment-style text fixed them but cost
Spanish tweet F1 (sentiment card). The rule fires only when the whole comment, once fillers ("qué", "muy", "tío",
"so", "this"), emoji, mentions, punctuation and laughter are set aside, is made of idiom words of one polarity:
"no me encantó", "me encanta pero llegó roto" or "brutal el accidente" are left to the model.
`SentimentModel(idioms=True)` mixes the matched class into the probabilities with `config.SENTIMENT_IDIOM_WEIGHT`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .authenticity.lexicon import fold

# one word per entry, accents folded, letters repeated 3+ times collapsed ("amooo" -> "amo")
POSITIVE: frozenset[str] = frozenset("""
encanta encantan encanto encantaron encantado encantada amo ame amamos adoro mola molan molo flipa flipan flipo
flipante pasada brutal brutales temazo temazos chevere copado copada genial geniales guay increible increibles
hermoso hermosa hermosos hermosas precioso preciosa preciosos preciosas bellisimo bellisima bellisimos bellisimas
bello bella lindo linda lindos lindas lindisimo lindisima espectacular maximo crack idolo idola buenisimo buenisima
top fenomenal chulo chula chulisimo chulisima bacan bacano bacana chido chida padrisimo genia genio capo divino divina
perfecto perfecta maravilloso maravillosa maravilla hermosura belleza guapisima guapisimo guapa guapo bonito bonita
bonitos bonitas excelente felicidades felicitaciones enhorabuena bravo joya lujo delicia riquisimo riquisima rico rica
nivelazo cracks idolos reina depm ternura tierno tierna tiernos tiernas chimba buenazo buenaza buenazos bkn
berraquera
lush love loved loving lovely amazing awesome beautiful gorgeous stunning perfect perfection fire slaps slay slayed
iconic goat obsessed masterpiece incredible fantastic brilliant wonderful great excellent superb adorable cute
cutest legend legendary congrats congratulations yummy delicious banger dope lit bomb queen bussin mother mothering w
""".split())
NEGATIVE: frozenset[str] = frozenset("""
asco asqueroso asquerosa horrible horribles pesimo pesima malisimo malisima fatal basura feo fea feisimo feisima
horroroso horrorosa mierda cutre lamentable verguenza vergonzoso vergonzosa decepcion decepcionante penoso penosa
patetico patetica ridiculo ridicula aburrido aburrida odio
trash garbage awful terrible worst disgusting gross ew yuck cringe cringy cringey boring ugly pathetic disappointing
disappointed overrated lame sucks mid l penca
""".split())
# words that carry no polarity of their own in such a comment: articles, pronouns, copulas, intensifiers, address
FILLER: frozenset[str] = frozenset("""
que q k muy mucho mucha muchisimo muchisima tan tanto re super demasiado bien tio tia wey guey bro amiga amigo
amigos amigas chicos chicas es esta estan eres sos son un una el la los las lo me te nos le les y de todo toda todos
este esto ese esa eso aqui mi tu su ya simplemente totalmente realmente literal literalmente
this that is it its it s so very really literally just omg the a an i im m absolutely totally such what and
girl sis u you ur youre re are looks look am was much too one of my me all lowkey honestly actually genuinely always
af ever be
jaja jajaja jeje jiji haha hehe lol lmao xd
uy ay oh ah wow guau uf dios mio parce parcero pana mano che boludo boluda weon weona huevon po mija mijo hermano
hermana compa neta causa saludos gente chicos ngl fr tbh rn imo man dude guys people
producto product creador creadora creator marca brand
foto fotos video videos reel post outfit look receta cancion tema contenido vestido lugar vista idea
pic pics photo photos picture song track recipe dress place view fit content
""".split())

_WORD_RE = re.compile(r"[^\W\d_]+")
# phrases read as one word before the count ("de puta madre": Spain's "excellent"; "no cap": "no lie", not a negation)
_PHRASES = ((re.compile(r"\bde puta madre\b"), " depm "), (re.compile(r"\bno cap\b"), " "))
_MENTION_RE = re.compile(r"@\w[\w.]*")
_REPEAT_RE = re.compile(r"(\w)\1{2,}")


def polarity(text: str) -> int | None:
    """2 (positive) or 0 (negative) when the comment is only idiom words of that polarity (plus fillers), else None.
    Indices follow config.SENTIMENT_LABELS."""
    folded = _REPEAT_RE.sub(r"\1", fold(_MENTION_RE.sub(" ", text)))
    for pattern, repl in _PHRASES:
        folded = pattern.sub(repl, folded)
    words = _WORD_RE.findall(folded)
    if not words or len(words) > 12:  # a longer comment says more than its idiom: the model's call
        return None
    kinds = set()
    for w in words:
        if w in FILLER:
            continue
        if w in POSITIVE:
            kinds.add(2)
        elif w in NEGATIVE:
            kinds.add(0)
        else:
            return None
    return kinds.pop() if len(kinds) == 1 else None


def polarities(texts: Iterable[str]) -> list[int | None]:
    return [polarity(t) for t in texts]
