#!/usr/bin/env python3
"""Serializer for the hand-written English comment-authenticity rows.

Every post and every comment below was written by hand (one literal per row);
this script only validates them and writes comments_en.csv with the csv module.
Comment tuples: (text, label, kind[, lang[, region]]) where label is
g=genuine, s=superficial, x=spam; lang defaults to "en", region to the post's.
"""
import csv
import os
import random
import sys
from collections import Counter

LABELS = {"g": "genuine", "s": "superficial", "x": "spam"}
POSTS = []


def P(post_id, region, platform, split, caption, comments):
    POSTS.append(dict(post_id=post_id, region=region, platform=platform,
                      split=split, caption=caption, comments=comments))


def rows():
    out = []
    n = 0
    for p in POSTS:
        # comments are written grouped by label; shuffle them within the post with
        # a fixed per-post seed so the CSV order does not leak the label
        comments = list(p["comments"])
        random.Random("en:" + p["post_id"]).shuffle(comments)
        for c in comments:
            text, lab, kind = c[0], c[1], c[2]
            lang = c[3] if len(c) > 3 and c[3] else "en"
            region = c[4] if len(c) > 4 else p["region"]
            n += 1
            out.append({
                "id": "en-%04d" % n, "lang": lang, "region": region,
                "platform": p["platform"], "post_id": p["post_id"],
                "caption": p["caption"], "text": text,
                "label": LABELS[lab], "kind": kind, "split": p["split"],
            })
    return out


def validate(rs):
    ids = [p["post_id"] for p in POSTS]
    assert len(ids) == len(set(ids)), "duplicate post_id"
    caps = Counter(p["caption"] for p in POSTS)
    assert max(caps.values()) == 1, "duplicate caption"
    texts = Counter(r["text"].strip().lower() for r in rs)
    over = {t: c for t, c in texts.items() if c > 3}
    assert not over, over
    for r in rs:
        assert r["text"].strip(), r
        assert r["region"] in {"US", "UK", "CA", "AU", "IE"}, r
        assert r["platform"] in {"instagram", "tiktok", "youtube"}, r
        assert r["split"] in {"train", "heldout"}, r
        assert r["lang"] in {"en", "mixed"}, r


def main():
    rs = rows()
    validate(rs)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "comments_en.csv")
    cols = ["id", "lang", "region", "platform", "post_id", "caption",
            "text", "label", "kind", "split"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        w.writerows(rs)
    print("wrote %d rows, %d posts -> %s" % (len(rs), len(POSTS), path))
    if "--stats" in sys.argv:
        stats(rs)


def stats(rs):
    """Print the markdown count tables used in README.md."""
    labels = ["genuine", "superficial", "spam"]
    t = Counter(r["label"] for r in rs)
    posts = lambda sp: len({r["post_id"] for r in rs if sp in (None, r["split"])})
    print("rows: %d, posts: %d (train %d, heldout %d)\n"
          % (len(rs), posts(None), posts("train"), posts("heldout")))
    print("| label | n | % |\n|---|---:|---:|")
    for lab in labels:
        print("| %s | %d | %.1f |" % (lab, t[lab], 100.0 * t[lab] / len(rs)))
    print()
    for key in ["split", "region", "platform", "lang", "kind"]:
        c = Counter((r[key], r["label"]) for r in rs)
        tot = Counter(r[key] for r in rs)
        print("| %s | genuine | superficial | spam | total |" % key)
        print("|---|---:|---:|---:|---:|")
        for v, n in tot.most_common():
            print("| %s | %s | %d |" % (v or "(none)",
                  " | ".join(str(c[(v, lab)]) for lab in labels), n))
        print()


# ---------------------------------------------------------------- data
# ---- batch 1 (en-p001..en-p010)
P("en-p001", "US", "instagram", "train",
  "Brown butter miso chocolate chip cookies 🍪 the miso adds this salty depth you won't believe. Chill the dough 24h, trust me. Recipe in bio!",
  [("does it have to be white miso or can i use red?", "g", "short_specific"),
   ("chill it for 24 HOURS?? i can barely wait 10 minutes lol", "g", ""),
   ("made these last night and the brown butter smell alone was worth it. mine spread a lot tho, maybe i didnt chill long enough?", "g", "question"),
   ("oh great another secret ingredient cookie, can't wait for the pickle juice brownies next week 🙄", "g", "sarcasm"),
   ("miso in cookies sounds illegal but i trust u", "g", ""),
   ("yummmm 😍😍", "s", ""),
   ("looks so good!!", "s", ""),
   ("🤤🤤🤤", "s", "emoji_only"),
   ("Yummy!! 🍪 btw I sell homemade baking mixes, check my page @bakedbyjess_shop 💕", "x", "praise_then_spam"),
   ("𝐏𝐫𝐨𝐦𝐨𝐭𝐞 𝐢𝐭 𝐨𝐧 @foodie.feature.hub 🔥", "x", "fancy_unicode"),
  ])

P("en-p002", "UK", "tiktok", "train",
  "£40 charity shop haul 🛍️ found a Barbour wax jacket for £12!! Full try-on, which fit is your fave?",
  [("a barbour for 12 quid?? which charity shop, asking for my bank account", "g", "question"),
   ("the second fit with the wax jacket and the loafers is proper nice", "g", ""),
   ("check the lining on those old barbours, mine had a tear near the pocket and rewaxing cost more than the jacket lol", "g", ""),
   ("cheers for ruining it for the rest of us now everyone will raid the Oxfam 😭", "g", "sarcasm"),
   ("size of the jacket?", "g", "short_specific"),
   ("obsessed 😍", "s", ""),
   ("love all of these", "s", ""),
   ("@ellie_mayx", "s", "tag_only"),
   ("slay", "s", ""),
   ("Wanna go viral? 📈 Buy real followers from £2, link in my bio", "x", "buy_followers"),
  ])

P("en-p003", "US", "instagram", "train",
  "Day 47 of 75 Hard 💪 Lower body today: hip thrusts 4x10 at 185lb, Bulgarian split squats, then a 45 min walk. Knees are complaining lol",
  [("185 on hip thrusts is crazy, how long did it take you to build up to that?", "g", "question"),
   ("bulgarians are the devil no cap", "g", ""),
   ("if your knees hurt on the split squats try elevating the front foot a bit, fixed it for me", "g", ""),
   ("75 hard is kinda toxic tbh, rest days exist for a reason", "g", "negative"),
   ("day 47 already?? feels like u started last week", "g", ""),
   ("beast mode 🔥🔥", "s", ""),
   ("goals fr", "s", ""),
   ("so motivating!!! keep going queen 💪💪", "s", ""),
   ("Bro you're so strong 💪 I help people make $3k a week from their phone, DM me 'GROW' to learn how", "x", "praise_then_spam"),
   ("f4f? 🔁 follow back", "x", "follow4follow"),
  ])

P("en-p004", "UK", "instagram", "train",
  "Sunrise at Durdle Door this morning ☀️ got there at 5am and had the whole beach to myself. Parking was £10 though 😬",
  [("a tenner to park at 5am is daylight robbery", "g", "negative"),
   ("is it a steep walk down from the car park? going with my nan next month", "g", "question"),
   ("went in August and it was heaving, this looks like a different planet", "g", ""),
   ("5am? mate I'm barely functioning at 9", "g", ""),
   ("stunning 😍", "s", ""),
   ("beautiful shot", "s", ""),
   ("wow wow wow", "s", ""),
   ("your feed is always such a breath of fresh air, every photo is so peaceful and dreamy, thank you for sharing your beautiful world with us 💙✨", "s", "long_generic"),
   ("Gorgeous pic! We'd love to feature you, send this to @travel.vibes.global to get featured 🌍", "x", "praise_then_spam"),
  ])

P("en-p005", "US", "youtube", "heldout",
  "I tried beating Elden Ring with ONLY a wooden club and zero vigor | Part 3: Malenia broke me",
  [("the 1 hp malenia attempts at 14:20 were painful to watch, waterfowl dance just deletes you", "g", ""),
   ("why not use bloodhound step to dodge the waterfowl? it's cheesy but no vigor justifies it", "g", "question"),
   ("bro really thought a wooden club would work on malenia 💀", "g", "sarcasm"),
   ("how many attempts total on her?", "g", "short_specific"),
   ("part 4 when", "g", ""),
   ("first", "s", ""),
   ("great video as always", "s", ""),
   ("love ur content man", "s", ""),
   ("who's watching in 2024", "s", ""),
   ("Great vid!! 🔥 I post Elden Ring challenge runs too, check out my channel and sub back 🙏", "x", "praise_then_spam"),
   ("I'm giving away 3 PS5s to my subscribers 🎮 click my profile to enter", "x", "giveaway_scam"),
  ])

P("en-p006", "US", "tiktok", "train",
  "Testing the viral $6 e.l.f. Halo Glow vs Charlotte Tilbury Flawless Filter 👀 side by side, 8 hour wear test",
  [("the elf side literally looks the same at hour 8 what am i paying CT for", "g", ""),
   ("what shade are u in the halo glow?", "g", "short_specific"),
   ("ct one oxidized way less on your left cheek tho, zoom in at the end", "g", ""),
   ("i have oily skin and the halo glow slides right off by lunch for me, so maybe skin type matters", "g", ""),
   ("shocking news, the $46 product is slightly better than the $6 one 😱", "g", "sarcasm"),
   ("ur skin is so pretty 😍", "s", ""),
   ("gorgeous", "s", ""),
   ("✨✨✨", "s", "emoji_only"),
   ("Hey babe 💕 we love your vibe! We're looking for ambassadors for our lash brand, DM @lushlashco to collab", "x", "collab_dm"),
  ])

P("en-p007", "UK", "instagram", "train",
  "Toddler refused everything on the plate except the ketchup. Again. Weaning was supposed to be the hard part they said 🙃 #mumlife",
  [("mine went through a beige phase for 6 months, it does pass I promise", "g", ""),
   ("have you tried letting her dip the veg in the ketchup? worked for my lad", "g", "question"),
   ("honestly respect the commitment to ketchup", "g", ""),
   ("how old is she?", "g", "short_specific"),
   ("the little face looking at the broccoli 😂😂", "g", ""),
   ("so cute ❤️", "s", ""),
   ("aww 🥰", "s", ""),
   ("You're such an amazing mum, always so real and honest, your page makes me feel less alone every single day, sending love 💕💕", "s", "long_generic"),
   ("Mums! 👶 Earn £200/day from home around the school run, no experience needed, message me for details", "x", "work_from_home"),
  ])

P("en-p008", "US", "instagram", "train",
  "Meet Biscuit 🐶 3 years ago today we adopted this senior beagle from the shelter. They told us he had 'maybe a year'. Happy gotcha day buddy",
  [("'maybe a year' and he's out here thriving, love that for him", "g", ""),
   ("we adopted a 12 yr old beagle too and it was the best decision ever, the howling though 😂", "g", ""),
   ("how old is he now??", "g", "short_specific"),
   ("happy gotcha day Biscuit!! that grey muzzle 😭", "g", ""),
   ("cutie 😍😍", "s", ""),
   ("so precious", "s", ""),
   ("❤️❤️❤️", "s", "emoji_only"),
   ("@mike.tran look", "s", "tag_only"),
   ("Adorable pup 🐾 send his pics to @dogsofinsta.daily_ for a feature!!", "x", "praise_then_spam"),
   ("Hello dear, I want to ask you something in DM, please check your message request 🙏", "x", "dm_bait"),
  ])

P("en-p009", "US", "youtube", "train",
  "iPhone 15 Pro 6 months later: battery health dropped to 91%, titanium scratched, but the action button grew on me. Honest review",
  [("91% in 6 months seems bad, do you use fast charging all the time?", "g", "question"),
   ("what did you map the action button to?", "g", "short_specific"),
   ("mine's at 96 after 7 months with the 80% limit on, worth turning on", "g", ""),
   ("titanium scratched is wild considering how hard they marketed it", "g", "negative"),
   ("'honest review' and it's still a 9/10, sure buddy", "g", "sarcasm"),
   ("nice video", "s", ""),
   ("great review 👍", "s", ""),
   ("early squad 🙌", "s", ""),
   ("I was able to recover my lost crypto wallet thanks to @recoverypro_hack on telegram, highly recommend 🙏🙏", "x", "crypto"),
  ])

P("en-p010", "UK", "tiktok", "heldout",
  "Playing my original song 'Northern Line' on a 30-year-old upright piano at St Pancras 🎹 someone stopped and cried",
  [("the bit where the chords go minor on 'mind the gap' got me", "g", ""),
   ("is Northern Line on spotify??", "g", "short_specific"),
   ("the woman in the red coat at the end 😭 you could see it meant something to her", "g", ""),
   ("that piano is so out of tune but somehow it works", "g", ""),
   ("a song about the northern line that isn't just screaming about delays? bold", "g", "sarcasm"),
   ("beautiful 😭😭", "s", ""),
   ("talent", "s", ""),
   ("chills", "s", ""),
   ("Your voice is amazing 🎤 I'm a music promoter, send your tracks to my email for playlist placement, guaranteed 100k streams", "x", "praise_then_spam"),
  ])
# ---- batch 2 (en-p011..en-p020)
P("en-p011", "US", "tiktok", "train",
  "3-ingredient birria-style quesadillas using leftover pot roast 🌮 the consommé is just the braising liquid + chipotle in adobo. Lazy Sunday win",
  [("using pot roast for birria is genius, what cheese did u use? oaxaca?", "g", "short_specific"),
   ("my tía would disown you for calling this birria 😭 pero honestly se ve bien rico", "g", "code_switch", "mixed"),
   ("calling this birria is a crime but i'd still eat 6", "g", "negative"),
   ("chipotle in adobo in the consommé is smart, adds the smokiness without doing the whole chile thing", "g", ""),
   ("does the pot roast need to be shredded before or can you just chop it", "g", "question"),
   ("omg yesss 🤤", "s", ""),
   ("que rico 😍😍 love it", "s", "code_switch", "mixed"),
   ("need this rn", "s", ""),
   ("this looks fire 🔥 we're a taco sauce brand and want to send u free product, DM @salsa.brava.co for collab", "x", "praise_then_spam"),
   ("💸 Make $500 daily with my trading signals 📈 click my bio 💸", "x", "crypto"),
  ])

P("en-p012", "AU", "instagram", "train",
  "Parkrun PB this morning at Bondi 🏃‍♀️ 23:41!! Took 90 seconds off since Jan. Coffee at Bills after, obviously",
  [("90 seconds in 3 months is massive, what changed in your training?", "g", "question"),
   ("bondi parkrun with that headwind on the way back is no joke, well done", "g", ""),
   ("sub 23 by winter, calling it", "g", ""),
   ("Bills ricotta hotcakes as a recovery meal is elite", "g", ""),
   ("what shoes?", "g", "short_specific"),
   ("legend 🙌", "s", ""),
   ("get it girl", "s", ""),
   ("so inspiring!! you always show up no matter what and honestly it motivates me to keep going too, you're incredible 💪✨", "s", "long_generic"),
   ("Love this energy!! 🏃‍♀️ Want to earn passive income while you run? Join my team, link in bio 💰", "x", "praise_then_spam"),
   ("Promote your page to 500k fitness followers 🔥 DM @fitpromo.au", "x", "promo_page"),
  ])

P("en-p013", "US", "instagram", "train",
  "March wrap up 📚 12 books! Fave: Tomorrow, and Tomorrow, and Tomorrow. Most overrated: Fourth Wing (sorry). What should I read next?",
  [("finally someone said it about fourth wing, the dialogue was so cringe", "g", ""),
   ("how dare you, fourth wing is a masterpiece and violet deserves better 😤", "g", "negative"),
   ("if you loved tomorrow x3 try The Secret History or Station Eleven", "g", ""),
   ("12 books in a month while i'm on chapter 3 of the same book since january", "g", ""),
   ("did you do audio for any of these?", "g", "short_specific"),
   ("love ur bookshelf 😍", "s", ""),
   ("book goals 📚📚", "s", ""),
   ("📖❤️", "s", "emoji_only"),
   ("Hey! 👋 We're an indie publishing house looking for bookstagram ambassadors, get free books! DM @pageturner.ambassadors", "x", "collab_dm"),
   ("Writers!! Publish your book on Amazon in 7 days 💵 I did it, ask me how 💬", "x", "work_from_home"),
  ])

P("en-p014", "UK", "tiktok", "train",
  "Spent 6 hours building a full-size Hogwarts in Minecraft survival, no creative mode 🏰 the Great Hall ceiling took 2,000 glass blocks",
  [("2000 glass blocks in survival means you smelted like 2000 sand, respect", "g", ""),
   ("the floating candles with the end rods is such a clever touch", "g", ""),
   ("what texture pack is that?", "g", "short_specific"),
   ("6 hours? no way this is full size, the towers look a bit short compared to the films", "g", "negative"),
   ("are you doing the quidditch pitch next", "g", "question"),
   ("this is insane 🤯", "s", ""),
   ("W", "s", ""),
   ("so cool bro", "s", ""),
   ("Free minecoins generator 💎 no survey 100% working → link in my bio", "x", "scam_link"),
  ])

P("en-p015", "US", "youtube", "heldout",
  "GRWM for my sister's wedding 💍 bridesmaid glam using only drugstore products under $15. Tear-proof mascara test included!",
  [("the maybelline sky high actually survived the crying?? i'm shook", "g", ""),
   ("which setting spray was that at 8:40?", "g", "short_specific"),
   ("as a bridesmaid who cried off an entire face of makeup last summer this is what i needed", "g", ""),
   ("i'd say the foundation looked a bit cakey on camera around the nose but in person i bet it was fine", "g", "negative"),
   ("the dress color with that rosy blush 😍 did the bride pick the colors", "g", "question"),
   ("so pretty", "s", ""),
   ("you're glowing!", "s", ""),
   ("Every single video you make is a gem, I love how you always put so much effort into everything, you deserve so many more subscribers 💖💖", "s", "long_generic"),
   ("Beautiful look!!💄 I make bridal makeup tutorials too, come check out my channel pls 🥺", "x", "praise_then_spam"),
   ("𝐇𝐨𝐭 𝐠𝐢𝐫𝐥𝐬 𝐧𝐞𝐚𝐫 𝐲𝐨𝐮 👉 𝐜𝐡𝐞𝐜𝐤 𝐦𝐲 𝐩𝐫𝐨𝐟𝐢𝐥𝐞 🔞", "x", "fancy_unicode"),
  ])

P("en-p016", "CA", "instagram", "train",
  "Moraine Lake at 4:30am 🏔️ you can't drive up anymore, took the Parks Canada shuttle ($8). Worth every minute of lost sleep",
  [("wait is the shuttle the only option now? we're going in July", "g", "question"),
   ("the colour of that water is unreal, is that straight out of camera?", "g", ""),
   ("the Roam bus from Banff also goes up if the Parks shuttle is booked out, just fyi", "g", ""),
   ("miss when you could just drive up, the shuttle booking system is a nightmare eh", "g", "negative"),
   ("Canada 🇨🇦❤️", "s", ""),
   ("breathtaking", "s", ""),
   ("omg 😍😍😍", "s", ""),
   ("@jenna.w we need to go", "s", "tag_only"),
   ("Nice shot! 📸 Want more engagement? We offer real followers and likes, cheap prices, DM us 📲", "x", "buy_followers"),
   ("Congratulations 🎉 you have been selected for our giveaway! DM @parkscanada_giveaway_ to claim your prize", "x", "giveaway_scam"),
  ])

P("en-p017", "US", "instagram", "train",
  "#ad I've been using the Glow Recipe Watermelon toner for 4 weeks and my texture is so much smoother 🍉 code MAYA15 for 15% off",
  [("does it sting at all? my skin hates AHAs", "g", "question"),
   ("4 weeks of a sponsored product and 'my texture is smoother' ok 🙄", "g", "sarcasm"),
   ("i've used this for a year and it's legit the only toner i repurchase", "g", ""),
   ("is the code valid on the travel size too?", "g", "short_specific"),
   ("the before and after lighting is suspiciously different lol", "g", "negative"),
   ("ur skin 😍😍", "s", ""),
   ("love this", "s", ""),
   ("Stunning as always 😍 DM me for a collab, I have a skincare brand that pays 10x more than this 💵", "x", "praise_then_spam"),
   ("Want to become a brand ambassador? 💖 Send us a DM @glowupambassadors", "x", "collab_dm"),
  ])

P("en-p018", "UK", "tiktok", "train",
  "My cat Kevin learned to open the fridge 🐈 we've had to put a child lock on it. He's 9 and has never been more powerful",
  [("Kevin is a criminal mastermind and I support him", "g", ""),
   ("what did he go for first, the ham?", "g", "short_specific"),
   ("our cat learned to open the kitchen cupboards, we had to get those magnetic locks, proper nightmare", "g", ""),
   ("the little paw hook at the end 😭 he's done this before", "g", ""),
   ("9 years old and only now discovering crime, late bloomer", "g", "sarcasm"),
   ("lmaooo 😂😂", "s", ""),
   ("cutest thing ever", "s", ""),
   ("@tomharris_ 😂", "s", "tag_only"),
   ("Cute cat 😺 earn money posting pet videos! I made £3,400 last month, info in bio", "x", "praise_then_spam"),
  ])

P("en-p019", "US", "youtube", "train",
  "Our 5-minute bedtime routine that finally got our twins sleeping through the night (at 18 months) | sleep training without crying it out",
  [("the 'same 3 songs in the same order' thing is what worked for us too, consistency is everything", "g", ""),
   ("did you separate the twins' rooms or keep them together?", "g", "question"),
   ("5 minutes?? our routine is 45 minutes and a prayer", "g", ""),
   ("respectfully, every baby is different and this won't work for everyone, my son would scream through all of it", "g", "negative"),
   ("what white noise machine is that?", "g", "short_specific"),
   ("love your family ❤️", "s", ""),
   ("great video", "s", ""),
   ("Your family is so beautiful and your videos are always so calming and helpful, thank you for everything you do for us parents 🙏💕", "s", "long_generic"),
   ("Thank you for this video 🙏 I also want to thank Mr. Daniel Carter, he helped me earn $12,000 in bitcoin mining, contact him on WhatsApp +1 (512) 555-0198", "x", "praise_then_spam"),
   ("Who else is here at 2am because their twins won't sleep 😂", "g", ""),
  ])

P("en-p020", "IE", "instagram", "heldout",
  "Trad session at The Cobblestone last night 🎻 first time playing the reel 'The Silver Spear' in public, hands were shaking",
  [("you'd never know your hands were shaking, the bowing on the B part was lovely", "g", ""),
   ("the Cobblestone on a Thursday is a rite of passage, well done", "g", ""),
   ("what key did ye play it in? always heard it in D", "g", "short_specific"),
   ("the lad on the bodhrán was a bit heavy handed in fairness", "g", "negative"),
   ("class 👏👏", "s", ""),
   ("deadly ☘️", "s", ""),
   ("amazing talent", "s", ""),
   ("🎻🎻🎻🔥", "s", "emoji_only"),
   ("Great playing!! 🎶 Promote your music to 2M real listeners, DM @spotifypromo.official", "x", "praise_then_spam"),
  ])
# ---- batch 3 (en-p021..en-p030)
P("en-p021", "US", "tiktok", "train",
  "Styling one pair of $30 Old Navy wide-leg jeans 5 ways for fall 🍂 which look is giving?",
  [("lowkey look 3 with the brown leather jacket and the loafers ate", "g", ""),
   ("what wash are the jeans? i can only find the dark one online", "g", "short_specific"),
   ("5 ways and all of them are the same jeans with a different jacket, groundbreaking", "g", "sarcasm"),
   ("the cropped cardigan one is so cute, link??", "g", "question"),
   ("obsessed with all of these 😍", "s", ""),
   ("slayyy", "s", ""),
   ("you always look so put together, honestly your style is just unmatched and every video makes me want to redo my whole closet 💕", "s", "long_generic"),
   ("🔥🔥🔥🔥", "s", "emoji_only"),
   ("Love ur style babe 💋 come see my spicy content, link in bio 😘", "x", "praise_then_spam"),
   ("DM to collab with our clothing brand 💌 @luxe.threads.boutique", "x", "collab_dm"),
  ])

P("en-p022", "UK", "youtube", "train",
  "Proper Sunday roast on a budget: feeding 4 for under £12 🍗 Yorkshire puddings that actually rise (the secret is smoking hot oil)",
  [("smoking hot oil and don't open the oven door, learned that the hard way", "g", ""),
   ("under £12 with Aldi prices maybe, my Tesco chicken alone was £7", "g", "negative"),
   ("do you rest the batter overnight or is 30 mins enough?", "g", "question"),
   ("goose fat or veg oil for the roasties?", "g", "short_specific"),
   ("yorkshires on a chicken roast?? my nan is spinning", "g", "sarcasm"),
   ("looks lovely", "s", ""),
   ("brilliant video as always", "s", ""),
   ("Yum 😋", "s", ""),
   ("Great video 👍 Earn £500 a week with matched betting, it's 100% legal and risk free, see my channel", "x", "praise_then_spam"),
   ("who else is watching this hungry 🙋", "s", ""),
  ])

P("en-p023", "US", "tiktok", "train",
  "I built a $400 gaming PC from Facebook Marketplace parts 🖥️ RX 580 + Ryzen 5 2600. Cyberpunk at 1080p 45fps",
  [("rx 580 still going strong in 2024 lol what a card", "g", ""),
   ("how much was the gpu alone?", "g", "short_specific"),
   ("you could've gotten a used 6600 for like 150 and doubled that fps", "g", "negative"),
   ("did the seller try to scam you on any of the parts? marketplace is sketchy af", "g", "question"),
   ("45fps in cyberpunk, truly the pinnacle of gaming", "g", "sarcasm"),
   ("sick build", "s", ""),
   ("W video", "s", ""),
   ("nice", "s", ""),
   ("🎁 Giving away a RTX 4090 to a random follower! Follow and DM me 'PC' to enter 🎁", "x", "giveaway_scam"),
   ("sub4sub? 🤝 I sub back instantly", "x", "follow4follow"),
  ])

P("en-p024", "US", "instagram", "train",
  "Leg day con mi mamá 💪 she's 58 and deadlifted 135lb today for the first time. So proud of her",
  [("your mom pulling 135 at 58 is more than i can do at 25 😭", "g", ""),
   ("tu mamá es una guerrera fr, her form looks so clean too", "g", "code_switch", "mixed"),
   ("how long has she been lifting?", "g", "short_specific"),
   ("me encanta this, i need to bring my mom to the gym too but she says she's too old", "g", "code_switch", "mixed"),
   ("the little victory dance at the end 😂❤️", "g", ""),
   ("queens 👑👑", "s", ""),
   ("que bonito 🥹", "s", "code_switch", "mixed"),
   ("love this so much", "s", ""),
   ("You two are the definition of strength and love, truly an inspiration for so many people, keep shining always 💪💕✨", "s", "long_generic"),
   ("Amazing!! 💪 Looking for fitness influencers to promote our protein, 50% commission, DM @proteinpros_official", "x", "praise_then_spam"),
   ("Hola! 👋 gana dinero desde casa with my trading course, escríbeme por WhatsApp +1 305 555 0147", "x", "code_switch", "mixed"),
  ])

P("en-p025", "UK", "tiktok", "heldout",
  "Is Edinburgh worth it in January? 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Arthur's Seat in sideways rain, £6 haggis pie, and the Christmas market was already gone",
  [("went last January and honestly the empty Royal Mile was lush, no tourists", "g", ""),
   ("where was the haggis pie from??", "g", "short_specific"),
   ("sideways rain on Arthur's Seat, truly living the dream 😂", "g", "sarcasm"),
   ("as someone from Edinburgh please never go up Arthur's Seat in January again, we worry", "g", ""),
   ("did you do any of the underground vault tours? the rain would've been the perfect excuse", "g", "question"),
   ("gorgeous city", "s", ""),
   ("aw class this 🏴󠁧󠁢󠁳󠁣󠁴󠁿", "s", ""),
   ("nice one", "s", ""),
   ("Get paid to travel ✈️ I quit my job and now travel full time thanks to this system, link in bio", "x", "work_from_home"),
  ])

P("en-p026", "US", "youtube", "train",
  "Fostering 6 kittens found in a storm drain 🐱 week 2 update: bottle feeding every 3 hours, Pepper finally opened her eyes",
  [("PEPPER OPENED HER EYES 😭 i was waiting for this update", "g", ""),
   ("every 3 hours for 6 kittens, when do you sleep??", "g", "question"),
   ("what formula are you using? our rescue recommended KMR", "g", "short_specific"),
   ("the little tabby one at 6:12 is so vocal, he's gonna be a talker", "g", ""),
   ("cuteeee 😻", "s", ""),
   ("bless you for doing this 🙏", "s", ""),
   ("You have the purest heart in the world, your channel is such a blessing and we all love you so much, thank you for everything you do ❤️❤️", "s", "long_generic"),
   ("aww 🥺🥺", "s", ""),
   ("Help!! My dog needs surgery 🐶 please donate to my cashapp $helpmaxpup, any amount helps 🙏", "x", "off_topic_fundraiser"),
   ("Such a sweet video 😻 I'm selling handmade cat collars, check my Etsy link in bio!", "x", "praise_then_spam"),
  ])

P("en-p027", "AU", "tiktok", "train",
  "Aussie summer makeup that won't melt at 38°C ☀️ everything from Priceline, full list in comments",
  [("38 degrees and you're wearing foundation, brave woman", "g", "sarcasm"),
   ("which setting powder was that, the Rimmel or the Maybelline?", "g", "short_specific"),
   ("tried this in Perth yesterday and it held up till arvo, cheers", "g", ""),
   ("full list in comments but the comment's not pinned 😭", "g", "negative"),
   ("gorgeous 😍", "s", ""),
   ("obsessed", "s", ""),
   ("love ur vids", "s", ""),
   ("Hey lovely! 🌸 We're a new Aussie beauty brand and we'd love to gift you our range, DM @aussieglow.collab", "x", "collab_dm"),
   ("𝓕𝓸𝓵𝓵𝓸𝔀 𝓶𝓮 𝓯𝓸𝓻 𝓶𝓸𝓻𝓮 𝓫𝓮𝓪𝓾𝓽𝔂 𝓽𝓲𝓹𝓼 💄", "x", "fancy_unicode"),
  ])

P("en-p028", "US", "instagram", "train",
  "Coached my daughter's U10 soccer team to their first win of the season ⚽ 2-1 in the rain, the goalie saved a penalty!!",
  [("the goalie saving a PK at U10 is huge, she's gonna remember that forever", "g", ""),
   ("y'all winning in the rain hits different", "g", ""),
   ("how many games did it take to get the first W?", "g", "short_specific"),
   ("as a fellow volunteer coach i know how much work goes into this, congrats coach", "g", ""),
   ("go team!! ⚽⚽", "s", ""),
   ("so fun", "s", ""),
   ("👏👏👏", "s", "emoji_only"),
   ("Congrats!! 🎉 Sports parents, get your kid scouted by college coaches, DM me for our recruiting package 📩", "x", "praise_then_spam"),
   ("@brendaaa_k", "s", "tag_only"),
  ])

P("en-p029", "UK", "tiktok", "train",
  "Books that made me sob on the train 😭📚 A Little Life, The Book Thief, Never Let Me Go. No, I will not be taking questions",
  [("A Little Life on public transport is actually unhinged, I had to stop reading it at work", "g", ""),
   ("Never Let Me Go wrecked me for a week, the ending with the field 😭", "g", ""),
   ("'not taking questions' ok but which one was worse?", "g", "question"),
   ("add The Remains of the Day if you fancy more Ishiguro pain", "g", ""),
   ("A Little Life is misery porn and I will die on this hill", "g", "negative"),
   ("same 😭", "s", ""),
   ("love this list", "s", ""),
   ("📚📚💔", "s", "emoji_only"),
   ("You have such amazing taste and you always make my day better, thank you for being such a kind and lovely soul on this app 💗", "s", "long_generic"),
   ("I write romance books 💕 check out my page and follow for book recs 📚", "x", "self_promo"),
  ])

P("en-p030", "US", "youtube", "heldout",
  "Covering 'Bohemian Rhapsody' with just a loop pedal and my voice 🎤 took 47 takes. All 180 layers done live",
  [("the galileo section stacking live is actually insane, how do you not lose count", "g", ""),
   ("what loop pedal is that, the RC-505?", "g", "short_specific"),
   ("47 takes and you still sound flat on the high 'mama' part at 2:10, but the rest is 🔥", "g", "negative"),
   ("the face you make at 4:55 when the beatbox loop clips 😂", "g", ""),
   ("freddie would be proud", "g", ""),
   ("goosebumps", "s", ""),
   ("Legendary 🔥", "s", ""),
   ("Amazing cover!!! 🎶 I'm a producer, I can make your music go viral, add me on telegram @beatmaker_pro", "x", "praise_then_spam"),
   ("🎉 Congratulations! You've been selected as one of our lucky winners, text the number on my profile to claim 🎁", "x", "giveaway_scam"),
   ("Check out my Bohemian Rhapsody cover on my channel 🎸 would mean the world", "x", "self_promo"),
  ])
# ---- batch 4 (en-p031..en-p040)
P("en-p031", "US", "instagram", "train",
  "My grandma's tamales de rajas con queso 🫔 made 6 dozen for Christmas Eve. Masa tip: it should float in water before you spread it",
  [("the float test!! my abuela taught me the same thing, si no flota no sirve 😂", "g", "code_switch", "mixed"),
   ("do you use lard or shortening in the masa?", "g", "short_specific"),
   ("6 dozen is rookie numbers, my family does 20 dozen and everyone fights 😂", "g", ""),
   ("rajas con queso are so underrated, everyone always wants pork", "g", ""),
   ("how long do you steam them?", "g", "question"),
   ("se ven deliciosos 😍 love", "s", "code_switch", "mixed"),
   ("yum", "s", ""),
   ("🫔🫔🫔❤️", "s", "emoji_only"),
   ("Your family traditions are so beautiful and you always share them with so much love and heart, this page is such a blessing 💕🙏", "s", "long_generic"),
   ("These look amazing 😍 we sell authentic Mexican spices, check our shop @sabor.spices.store 🌶️", "x", "praise_then_spam"),
   ("Bitcoin is the future 🚀 I turned $1,000 into $14,000 with @cryptoqueen_maria, message her now", "x", "crypto"),
  ])

P("en-p032", "UK", "youtube", "train",
  "Couch to 5K week 9 ✅ ran my first full 30 minutes without stopping! 11 stone 4 down from 14 stone 2",
  [("week 5 run 3 (the 20 minute one) nearly broke me, well done for getting through", "g", ""),
   ("almost 3 stone down, that's incredible mate", "g", ""),
   ("which app were you using, the NHS one?", "g", "short_specific"),
   ("are you going to try a parkrun next? honestly the community is lovely", "g", "question"),
   ("30 whole minutes, watch out Mo Farah 😂 (proud of you really)", "g", "sarcasm"),
   ("well done 👏", "s", ""),
   ("amazing", "s", ""),
   ("You're such an inspiration to everyone, never give up on yourself, you've got this and we're all rooting for you always 💪💕", "s", "long_generic"),
   ("Well done!! 🏃 Want to lose another stone in 30 days? My detox tea is on offer, link in bio", "x", "praise_then_spam"),
  ])

P("en-p033", "US", "instagram", "train",
  "My minimalist desk setup 2024 🖥️ LG DualUp monitor, Keychron Q1 with Gateron browns, and a $20 IKEA lamp that does all the heavy lifting",
  [("how do u like the dualup for coding? the aspect ratio looks weird to me", "g", "question"),
   ("gateron browns in the q1 are a vibe, did you lube them?", "g", "short_specific"),
   ("'minimalist' with a $700 monitor lol", "g", "sarcasm"),
   ("where do all the cables go? i see zero cables, are you a wizard", "g", ""),
   ("clean setup 🔥", "s", ""),
   ("goals", "s", ""),
   ("love this", "s", ""),
   ("Nice setup bro!! ⌨️ follow my page for daily setup inspo 🖥️", "x", "praise_then_spam"),
   ("Get 10k followers in 24 hours 🚀 real and active, DM @growthboost.io", "x", "buy_followers"),
  ])

P("en-p034", "US", "tiktok", "train",
  "CDMX in 4 days for under $500 🇲🇽 tacos al pastor at El Vilsito, Frida's house (book tickets 2 weeks ahead!), and Xochimilco",
  [("el vilsito at 1am after the car shop turns into a taquería is the best thing in the city", "g", ""),
   ("was xochimilco worth it? everyone says it's touristy", "g", "question"),
   ("yesss la casa azul sells out so fast, we missed it bc we didn't book", "g", "code_switch", "mixed"),
   ("under $500 including flights?", "g", "short_specific"),
   ("my mom is from coyoacán and she says ur missing the churros from El Moro 😤 next time", "g", ""),
   ("que padre 🇲🇽❤️", "s", "code_switch", "mixed"),
   ("dream trip", "s", ""),
   ("omg i need to go", "s", ""),
   ("Viaja gratis ✈️ travel the world for free with my program, DM me 'VIAJE' 💸", "x", "code_switch", "mixed"),
   ("Great vid! 🌮 send it to @travelmexico.feature to get featured 🇲🇽", "x", "praise_then_spam"),
  ])

P("en-p035", "UK", "instagram", "heldout",
  "Wedding guest outfit for under £60 💐 dress from ASOS (£35), heels from Primark (£14), clutch from Vinted. Bride approved ✅",
  [("Primark heels at a wedding is a bold move, how were your feet by the evening do? 😂", "g", "question"),
   ("the sage green with the gold clutch is gorgeous, is the dress true to size?", "g", "short_specific"),
   ("bride approved because it's not white, the bar is on the floor", "g", "sarcasm"),
   ("I've got the same dress in lilac, got so many compliments", "g", ""),
   ("gawjusss 💚", "s", ""),
   ("beautiful", "s", ""),
   ("stunning hun x", "s", ""),
   ("You always look absolutely amazing no matter what you wear, honestly your confidence is everything and I love seeing your posts 😍😍", "s", "long_generic"),
   ("Hi love 💕 we're looking for new faces to model for our dress brand, DM @bellaboutique_uk to apply!", "x", "collab_dm"),
  ])

P("en-p036", "US", "tiktok", "train",
  "Ranked up to Diamond in Valorant playing only Sage 🧊 wall placements that won me games (clip 3 is 200 IQ)",
  [("clip 3 blocking the B main rush on split was actually disgusting", "g", ""),
   ("sage only to diamond, what's your res priority when the team is all dead?", "g", "question"),
   ("200 IQ is a stretch, enemy team was clearly silver lol", "g", "negative"),
   ("what's ur sens?", "g", "short_specific"),
   ("a sage main who actually walls? never seen one in my life", "g", "sarcasm"),
   ("W player", "s", ""),
   ("clean 🔥", "s", ""),
   ("first!!", "s", ""),
   ("Selling Radiant accounts 💎 cheap and safe, DM me on discord", "x", "scam_link"),
   ("Free Valorant points generator 🎮 link in bio, no verification 👇", "x", "scam_link"),
  ])

P("en-p037", "CA", "instagram", "train",
  "First day of kindergarten 🎒 she packed her own lunch: a cheese string, 3 grapes and a whole sleeve of Ritz. I let it happen",
  [("a whole sleeve of Ritz is the lunch of a champion", "g", ""),
   ("3 grapes is so specific 😂 why 3", "g", ""),
   ("nutritionally balanced, truly a future chef", "g", "sarcasm"),
   ("did she eat any of it or did it all come back home? mine brings back everything", "g", "question"),
   ("sooo cute 🥹", "s", ""),
   ("aww big girl!", "s", ""),
   ("❤️❤️", "s", "emoji_only"),
   ("You're such a wonderful mom, your kids are so lucky to have you and your page always makes me smile, keep being amazing 💕", "s", "long_generic"),
   ("Adorable!! 🎒 Moms, make $300/day working from home while the kids are at school, DM me 💰", "x", "praise_then_spam"),
  ])

P("en-p038", "US", "tiktok", "train",
  "Teaching my husky to say 'I love you' day 30 🐺 he says it but only when there's cheese involved",
  [("he said 'i wuv woo' so clearly at the end 😭", "g", ""),
   ("cheese-motivated love is still love", "g", ""),
   ("what kind of cheese? asking for my husky who only says 'no'", "g", "short_specific"),
   ("so he doesn't love you, he loves cheese. got it 😂", "g", "sarcasm"),
   ("the side eye when you pull the cheese away lmaooo", "g", ""),
   ("🥹🥹", "s", "emoji_only"),
   ("soooo cute", "s", ""),
   ("@danny_ortiz22 😂😂", "s", "tag_only"),
   ("Cute husky!! 🐺 My dog has his own page too, go follow @lunathehusky_official 🐾", "x", "praise_then_spam"),
   ("🔥 Follow me and I'll follow you back 🔥 f4f", "x", "follow4follow"),
  ])

P("en-p039", "UK", "instagram", "train",
  "Finally got a gig at the Brudenell in Leeds 🎸 supporting a band I've loved since I was 16. Tickets £8, link in bio",
  [("the Brudenell is the best venue in the country, no arguments", "g", ""),
   ("who are you supporting?? you can't leave us hanging", "g", "question"),
   ("£8 for two bands, what year is it? sorted 🎟️", "g", ""),
   ("is it the main room or the community room?", "g", "short_specific"),
   ("buzzing for you!!", "s", ""),
   ("congrats 🎸🎉", "s", ""),
   ("You deserve all the success in the world, your music and your energy are just something else, can't wait to see where you go 🙌✨", "s", "long_generic"),
   ("Congrats mate 🎸 need a music video? We shoot professional videos for £99, DM us", "x", "praise_then_spam"),
   ("Hey bro 🎵 I'll get your band on Spotify editorial playlists, guaranteed, DM me", "x", "self_promo"),
  ])

P("en-p040", "US", "youtube", "heldout",
  "Is HelloFresh actually worth it? 🥘 I cooked every meal for 2 weeks #sponsored — use code KITCHENKAT for 10 free meals",
  [("a sponsored video asking if the sponsor is worth it, i wonder what the answer will be 🤔", "g", "sarcasm"),
   ("the firecracker meatballs are legit the best one they have", "g", ""),
   ("how much packaging waste was there over 2 weeks?", "g", "question"),
   ("'10 free meals' is actually spread over 5 boxes, read the fine print people", "g", "negative"),
   ("did you have to cancel before the second box to avoid getting charged?", "g", "short_specific"),
   ("nice video", "s", ""),
   ("love your channel", "s", ""),
   ("great content 👍", "s", ""),
   ("Great video 😊 I earn $700 weekly doing online surveys, you can too, check my profile 💸", "x", "praise_then_spam"),
   ("Hello, I would like to invite you for a paid promotion with our brand, please contact us on Instagram @brandpartners.hq", "x", "collab_dm"),
  ])
# ---- batch 5 (en-p041..en-p050)
P("en-p041", "US", "tiktok", "train",
  "Miami outfit check 🌴 linen set from Zara ($79), Birkenstocks, and my mom's gold hoops from the 90s",
  [("ur mom's hoops are the star of this fit no cap", "g", ""),
   ("does the zara linen wrinkle a lot? mine looks like a paper bag after 10 min", "g", "question"),
   ("the color of the set? beige or the sand one", "g", "short_specific"),
   ("las argollas de tu mamá 😍 my mom has the exact same ones, 90s miami was a whole era", "g", "code_switch", "mixed"),
   ("linen in miami humidity, enjoy being soaked in 5 minutes 😭", "g", "sarcasm"),
   ("mamiii qué linda 🔥", "s", "code_switch", "mixed"),
   ("fit 🔥", "s", ""),
   ("obsesseddd 😭", "s", ""),
   ("Hey gorgeous 😘 check my bio for exclusive pics 🔥🔞", "x", "adult_bait"),
   ("Love this look!! 🌴 Our Miami boutique is looking for ambassadors, DM @bellamiami.shop 💕", "x", "praise_then_spam"),
  ])

P("en-p042", "UK", "tiktok", "train",
  "Air fryer crumpets from scratch 🫓 took 3 attempts to get the holes. Lashings of butter obviously",
  [("the holes are the whole point, attempt 1 looked like a scotch pancake 😂", "g", ""),
   ("do you need the metal rings or can you use the silicone egg ones?", "g", "question"),
   ("bicarb added at the end?", "g", "short_specific"),
   ("why would I make crumpets when Warburtons do 6 for a quid", "g", "negative"),
   ("air fryer crumpets, what's next, air fryer tea?", "g", "sarcasm"),
   ("yum 😋", "s", ""),
   ("lush", "s", ""),
   ("🤤🤤", "s", "emoji_only"),
   ("Lovely!! 🧈 DM me to learn how I make £2k a month selling baking on Etsy 💷", "x", "praise_then_spam"),
  ])

P("en-p043", "US", "youtube", "train",
  "What I eat in a day cutting at 1,800 calories 🍳 180g protein, 5'4 female, 140lb → goal 130",
  [("180g protein at 1800 cals is a lot, don't you get sick of the chicken?", "g", "question"),
   ("the cottage cheese queso at 7:30 is going into my rotation", "g", ""),
   ("1800 for 5'4 seems high for a cut? i was at 1500 at that height", "g", "negative"),
   ("which protein powder was that in the oats?", "g", "short_specific"),
   ("wow a whole 6 egg whites and a rice cake for breakfast, living the dream", "g", "sarcasm"),
   ("love these videos", "s", ""),
   ("goals 😍", "s", ""),
   ("You are literally the reason I started my fitness journey, you are so genuine and positive and I love everything you share, never stop 💪💖", "s", "long_generic"),
   ("Great video!! 🥗 I lost 30lbs with this keto pill, no diet no exercise, link on my channel 👇", "x", "praise_then_spam"),
   ("Message me for a personalized meal plan, only $19.99 💪📲", "x", "self_promo"),
  ])

P("en-p044", "AU", "instagram", "train",
  "Whitsundays sail trip 3 days 2 nights ⛵ Whitehaven Beach at low tide, saw a turtle, got sunburnt through SPF50 anyway",
  [("the Hill Inlet lookout at low tide is unreal, you timed that perfectly", "g", ""),
   ("which sailing company did you go with? heard mixed things about the cheaper ones", "g", "question"),
   ("sunburnt through spf50 is the most Aussie thing ever mate", "g", ""),
   ("did you need a stinger suit? going in Feb", "g", "short_specific"),
   ("heaven 😍", "s", ""),
   ("paradise 🌊", "s", ""),
   ("ahhh so jealous", "s", ""),
   ("Every post of yours is like a mini holiday for the soul, thank you for always sharing such beautiful places and good energy 🌊✨💙", "s", "long_generic"),
   ("Beautiful 😍 Promote your travel page to 1M followers, DM @ozwanderlust.promo", "x", "praise_then_spam"),
   ("I made $9,200 this month trading forex with @jessica_fx_mentor 🇦🇺 best decision of my life", "x", "crypto"),
  ])

P("en-p045", "US", "instagram", "heldout",
  "Quinceañera glam for my baby cousin 👑 soft pink cut crease, she wanted 'no glitter' and I snuck in just a little",
  [("'no glitter' and there's glitter in the inner corner, prima you got caught 😂", "g", "code_switch", "mixed"),
   ("what lashes did you use? they look so natural", "g", "short_specific"),
   ("the soft pink with her dress is perfect, did she pick the shade?", "g", "question"),
   ("she looks so grown up, la quinceañera más bonita 😭", "g", "code_switch", "mixed"),
   ("a LITTLE glitter, sure 👀", "g", "sarcasm"),
   ("hermosa 👑", "s", "code_switch", "mixed"),
   ("so pretty", "s", ""),
   ("💖💖💖", "s", "emoji_only"),
   ("Beautiful work 💄 we'd love you to rep our lashes, 30% commission, DM @lashdolls.co", "x", "praise_then_spam"),
   ("Sell your makeup skills online 💰 I made $8k last month, check my bio", "x", "work_from_home"),
  ])

P("en-p046", "UK", "youtube", "train",
  "I replaced my broadband with 5G home internet for a month 📶 Three vs EE, speeds in a London flat. Results surprised me",
  [("Three's 5G in my flat in Croydon drops to 20Mbps every evening, so not surprised the peak times were rubbish", "g", "negative"),
   ("what router were you using for the Three one?", "g", "short_specific"),
   ("did you try putting it by the window? made a massive difference for me", "g", "question"),
   ("ping for gaming was the bit I wanted, thanks for including it", "g", ""),
   ("'results surprised me' and then it's exactly what everyone expected 😂", "g", "sarcasm"),
   ("great video", "s", ""),
   ("very informative 👍", "s", ""),
   ("cheers", "s", ""),
   ("Get unlimited free internet with this VPN trick 📶 link in my channel", "x", "scam_link"),
   ("Thank you for this 🙏 I recommend everyone to contact Mrs Sarah Jenkins for investment, she changed my life, WhatsApp +44 7700 900461", "x", "praise_then_spam"),
  ])

P("en-p047", "US", "instagram", "train",
  "Our rescue chickens laid their first eggs 🥚 after 4 months! Henrietta gave us a tiny blue one",
  [("a blue one means henrietta's an easter egger right?", "g", "short_specific"),
   ("4 months of feeding them and the first egg is the size of a grape 😂", "g", ""),
   ("ours took 6 months after we rescued them from a battery farm, they need time to recover", "g", ""),
   ("are you adding oyster shell to their feed?", "g", "question"),
   ("so cute!!", "s", ""),
   ("aww", "s", ""),
   ("🐔🥚❤️", "s", "emoji_only"),
   ("So sweet!! 🐣 I have a chicken coop store, 20% off with code CLUCK, link in bio", "x", "praise_then_spam"),
   ("Earn $200 per hour from home, no experience needed, ask me how 💰", "x", "work_from_home"),
  ])

P("en-p048", "US", "youtube", "train",
  "Stardew Valley 1.6 year 1 perfect farm guide 🌾 how I made 1M gold by winter using ancient fruit & kegs",
  [("1M by winter year 1 without the greenhouse? i'm calling cap", "g", "negative"),
   ("where did you get the ancient fruit seed that early?", "g", "short_specific"),
   ("the keg layout at 12:04 is so clean, is it 2 wide paths?", "g", "question"),
   ("me with 400 gold and a single parsnip watching this", "g", "sarcasm"),
   ("1.6 made the mastery cave so much better for this strategy", "g", ""),
   ("love stardew content", "s", ""),
   ("great guide", "s", ""),
   ("I just want to say your videos have helped me through a really tough time, your voice is so calming and you always make my day better, thank you 💚", "s", "long_generic"),
   ("Loved the guide!! 🌾 I make cozy gaming videos too, would mean a lot if you checked out my channel 🥺", "x", "praise_then_spam"),
   ("sub4sub anyone?? comment and i'll sub 🔁", "x", "follow4follow"),
  ])

P("en-p049", "CA", "tiktok", "train",
  "Wrote a song about Tim Hortons closing at 11pm now ☕🎸 the people have spoken",
  [("'double double at 10:59' is such a good hook lmao", "g", ""),
   ("the one by me closes at 10 now, add a verse for us", "g", ""),
   ("the people have spoken and the people are sad and uncaffeinated", "g", ""),
   ("what chords are in the chorus?", "g", "short_specific"),
   ("a whole song about Timmies closing, truly the most Canadian crisis", "g", "sarcasm"),
   ("lmaooo", "s", ""),
   ("this is so good", "s", ""),
   ("@kaylee.mcd", "s", "tag_only"),
   ("Your music deserves to be heard 🎶 I can get you 50k plays for $20, DM me", "x", "praise_then_spam"),
  ])

P("en-p050", "UK", "tiktok", "heldout",
  "Things nobody tells you about having a baby in the NICU 🏥 our son was born at 29 weeks. He's 2 now and terrorising the cat",
  [("the bit about feeling like a visitor to your own baby broke me, we were in for 9 weeks", "g", ""),
   ("29 weeker here too, he's 4 now and you'd never know, it gets easier", "g", ""),
   ("did you get any help with parking costs? we paid nearly £300 over 7 weeks", "g", "question"),
   ("the NICU nurses are genuinely angels, the ones at the Rosie were incredible", "g", ""),
   ("he is so precious ❤️", "s", ""),
   ("sending love 💕", "s", ""),
   ("You are the strongest mama ever and your story is so inspiring, thank you for being so open and real with all of us, you're amazing 💖🙏", "s", "long_generic"),
   ("🙏❤️", "s", "emoji_only"),
   ("Mums I found a way to earn from home and spend more time with the kids 💕 message me for info", "x", "work_from_home"),
  ])
# ---- batch 6 (en-p051..en-p060)
P("en-p051", "US", "instagram", "train",
  "Took my dad to his first Dallas Cowboys game at AT&T Stadium 🏈 $180 nosebleeds and he cried during the anthem",
  [("$180 for nosebleeds is robbery but seeing ur dad that happy is worth it", "g", ""),
   ("did y'all at least get to see the big screen? that thing is massive", "g", "question"),
   ("crying during the anthem or crying because it's the cowboys 😂", "g", "sarcasm"),
   ("mi papá hizo lo mismo when I took him, he's been a fan since the 90s, this made me tear up", "g", "code_switch", "mixed"),
   ("who did they play?", "g", "short_specific"),
   ("love this ❤️", "s", ""),
   ("🏈🏈💙", "s", "emoji_only"),
   ("This is so beautiful, family is everything and you can tell how much love you two have, this made my whole day, God bless you both 🙏💙", "s", "long_generic"),
   ("Get cheap NFL tickets 🎟️ 70% off all games, DM @ticketdealz_usa", "x", "scam_link"),
   ("Love this 🏈 I made $4,500 last week betting with my VIP picks, link in bio", "x", "praise_then_spam"),
  ])

P("en-p052", "UK", "youtube", "train",
  "Trying Sainsbury's own-brand makeup range 💄 £3 mascara vs my £28 Benefit. Genuinely shocked",
  [("the £3 one actually lengthened more, Benefit should be worried", "g", ""),
   ("is the Sainsbury's range in all stores or just the big ones?", "g", "question"),
   ("did the £3 one flake by the end of the day?", "g", "short_specific"),
   ("'genuinely shocked' every week at something, you must be exhausted", "g", "sarcasm"),
   ("lovely video", "s", ""),
   ("you're so pretty", "s", ""),
   ("love ur videos x", "s", ""),
   ("Honestly you're my favourite youtuber, every video is so fun and real and you always brighten my day, please never stop making videos 💕💕", "s", "long_generic"),
   ("Great vid babe 💖 we're a UK vegan beauty brand looking for ambassadors, DM @purebeauty.uk", "x", "praise_then_spam"),
   ("Win a £500 Boots voucher 🎁 just follow and click the link in my profile", "x", "giveaway_scam"),
  ])

P("en-p053", "US", "youtube", "train",
  "Sourdough for beginners: my 100% hydration starter 'Doughlene' is 2 years old 🍞 full feeding schedule + my first ear",
  [("doughlene is an elite starter name", "g", ""),
   ("do you feed her straight from the fridge or let her come to room temp first?", "g", "question"),
   ("what's the flour ratio, all bread flour or some whole wheat?", "g", "short_specific"),
   ("the ear at the end is good but the crumb looks a little underproofed, try a longer bulk", "g", "negative"),
   ("my starter died in 4 days so doughlene is doing better than i ever could", "g", ""),
   ("yummy", "s", ""),
   ("beautiful bread 🍞", "s", ""),
   ("thank you for sharing", "s", ""),
   ("Beautiful loaf!! 🍞 I sell dehydrated sourdough starter, 100 years old, link in my profile", "x", "praise_then_spam"),
  ])

P("en-p054", "IE", "tiktok", "train",
  "Cliffs of Moher without the crowds 🌊 walk in from Doolin on the coastal path (3hrs), skip the €12 visitor centre",
  [("the Doolin path is the only way to see them, the visitor centre is a tourist trap", "g", ""),
   ("is the path muddy after rain? taking my parents in May", "g", "question"),
   ("3 hours each way or return?", "g", "short_specific"),
   ("the wind on that path nearly took me off the edge last year, be careful lads", "g", ""),
   ("absolutely gorgeous wow", "s", ""),
   ("Ireland 😍☘️", "s", ""),
   ("wow", "s", ""),
   ("Beautiful view!! 🌊 DM @ireland.travelhub to get featured 🇮🇪", "x", "praise_then_spam"),
   ("𝓛𝓸𝓸𝓴𝓲𝓷𝓰 𝓯𝓸𝓻 𝓪 𝓰𝓲𝓻𝓵𝓯𝓻𝓲𝓮𝓷𝓭? 𝓒𝓱𝓮𝓬𝓴 𝓶𝔂 𝓫𝓲𝓸 💋", "x", "fancy_unicode"),
  ])

P("en-p055", "US", "youtube", "heldout",
  "Reading every Colleen Hoover book so you don't have to 📚 ranked worst to best (It Ends With Us is NOT #1)",
  [("Verity at #1 is the only correct answer", "g", ""),
   ("putting Ugly Love above Reminders of Him is crazy work", "g", "negative"),
   ("how long did it take to read all of them?", "g", "short_specific"),
   ("you read 24 colleen hoover books voluntarily, you ok?", "g", "sarcasm"),
   ("did you include the novellas or just the main ones?", "g", "question"),
   ("great video", "s", ""),
   ("loved this", "s", ""),
   ("Your book reviews are always so fun and honest, you have such a beautiful way with words and I could listen to you talk for hours 📚💕", "s", "long_generic"),
   ("Loved this ranking 📚 I'm a self published author, check out my romance novel on my channel ❤️", "x", "praise_then_spam"),
   ("Free kindle unlimited for life 📖 click my profile", "x", "scam_link"),
  ])

P("en-p056", "AU", "tiktok", "train",
  "Our kelpie herding the kids at the BBQ 🐕 she takes her job very seriously",
  [("she rounded up the toddler near the pool so fast, good girl", "g", ""),
   ("kelpies need a job or they go feral, she's found hers", "g", ""),
   ("how old is she?", "g", "short_specific"),
   ("finally someone keeping the kids under control at a barbie", "g", "sarcasm"),
   ("haha love it", "s", ""),
   ("😂😂😂", "s", "emoji_only"),
   ("@brooke.aus", "s", "tag_only"),
   ("Such a good girl!! 🐕 My kelpie has her own page, go follow @ruby_the_kelpie 🐾", "x", "praise_then_spam"),
   ("Promote your pet videos to 2M dog lovers 🐶 DM @dogsofaus.promo", "x", "promo_page"),
  ])

P("en-p057", "US", "instagram", "train",
  "#sponsored by @quince 🤍 the $50 washable silk shirt I've worn 3 times this week. Code STYLEDBYAMY for free shipping",
  [("washable silk for $50 sounds too good to be true, does it pill after a few washes?", "g", "question"),
   ("worn it 3 times this week and never washed it, we know 😂", "g", "sarcasm"),
   ("i bought this in the ivory and it's see through, fyi for anyone thinking about it", "g", "negative"),
   ("what size are u wearing?", "g", "short_specific"),
   ("the cream color is so pretty", "s", ""),
   ("gorgeous 🤍", "s", ""),
   ("Love this!! 😍 We're looking for brand ambassadors for our silk pajama line, DM @silkdreams.co", "x", "praise_then_spam"),
   ("Earn $10k/month as a content creator like her 💸 DM me 'CREATOR'", "x", "work_from_home"),
  ])

P("en-p058", "UK", "instagram", "train",
  "Deadlift PB 🏋️‍♀️ 140kg at 63kg bodyweight, powerlifting comp in 6 weeks. Nerves already kicking in",
  [("over 2x bodyweight, absolutely rapid", "g", ""),
   ("that lockout was so clean, what federation is the comp?", "g", "question"),
   ("sumo or conventional in comp?", "g", "short_specific"),
   ("hips shot up a bit at the start, might want to watch that under comp nerves", "g", "negative"),
   ("strong 💪", "s", ""),
   ("beast", "s", ""),
   ("go on girl 🔥", "s", ""),
   ("You're so strong and inspiring, I love watching your journey, you've got this and you're going to smash it 💪✨ never give up", "s", "long_generic"),
   ("Strong!! 💪 Get 30% off our lifting belts with code LIFT30, shop in bio 🏋️", "x", "praise_then_spam"),
   ("Follow for follow 🔁 fitness accounts only", "x", "follow4follow"),
  ])

P("en-p059", "US", "tiktok", "train",
  "Playing FIFA (ok EA FC) against my abuelo 🎮⚽ he picked Mexico and refuses to admit he lost",
  [("'eso no fue gol' 😭 abuelo is in denial", "g", "code_switch", "mixed"),
   ("what was the final score??", "g", "short_specific"),
   ("your abuelo celebrating the own goal like it was his is the best part", "g", ""),
   ("he picked mexico and u picked argentina, u knew what u were doing 😂", "g", ""),
   ("jajaja 😂❤️ so cute", "s", "code_switch", "mixed"),
   ("lmfaooo dead 💀", "s", ""),
   ("wholesome", "s", ""),
   ("Jugadores 🎮 FIFA coins baratas, cheap and fast, DM me en WhatsApp", "x", "code_switch", "mixed"),
   ("Cute video 🥹 check my page for more gaming content 🎮", "x", "praise_then_spam"),
  ])

P("en-p060", "US", "tiktok", "heldout",
  "3 ChatGPT prompts I use every day as a nurse 👩‍⚕️ (no patient info ever goes in, relax)",
  [("the shift handover summary prompt is genius, been doing it by hand for 10 years", "g", ""),
   ("does your hospital actually allow this though? ours blocked it on work computers", "g", "question"),
   ("relying on AI for nursing notes is wild, it makes stuff up all the time", "g", "negative"),
   ("can u share the exact wording of prompt 2?", "g", "short_specific"),
   ("'relax' lol the comments are definitely not going to relax", "g", "sarcasm"),
   ("helpful!!", "s", ""),
   ("love this for u", "s", ""),
   ("saving this", "s", ""),
   ("Nurses!! 👩‍⚕️ Quit the 12 hour shifts and earn $15k/month with AI, link in my bio", "x", "work_from_home"),
   ("I paid off my student loans trading bitcoin with Mr. Robert Hayes 💰 contact him on telegram @robert_hayes_fx", "x", "crypto"),
  ])
# ---- batch 7 (en-p061..en-p070)
P("en-p061", "US", "tiktok", "train",
  "Pozole rojo for the first cold night in LA 🌶️ (it's 62°F, we're freezing). Hominy from scratch? No. Canned and proud",
  [("62 degrees is pozole weather, no one can tell me otherwise", "g", ""),
   ("guajillo and ancho or just guajillo?", "g", "short_specific"),
   ("canned hominy is fine, mi mamá uses it too y nadie se queja", "g", "code_switch", "mixed"),
   ("the toppings spread with the radish and tostadas 😩 where's the oregano tho", "g", "question"),
   ("62°F and y'all are freezing, come to Chicago 😂", "g", "sarcasm"),
   ("se ve bien rico 🤤", "s", "code_switch", "mixed"),
   ("yummm", "s", ""),
   ("Your recipes always feel like home, you cook with so much love and your energy is everything, thank you for always sharing 🙏❤️", "s", "long_generic"),
   ("Looks so good!! 🌶️ Buy our authentic Mexican chiles, free shipping, DM @chilesdelrancho", "x", "praise_then_spam"),
   ("Promo en @latinfoodies.feature 🔥 DM us", "x", "promo_page"),
  ])

P("en-p062", "UK", "youtube", "train",
  "Scottish NC500 in a campervan, 7 days 🚐 midges, single-track roads and the best fish and chips in Ullapool",
  [("the Bealach na Bà in a campervan, fair play, I'd have been in tears", "g", ""),
   ("which month did you go? the midges in July nearly ended us", "g", "question"),
   ("was it the Seaforth for the fish and chips?", "g", "short_specific"),
   ("please use the passing places properly, half the campervans on that road don't", "g", "negative"),
   ("7 days is so rushed for the NC500, you basically just drove", "g", "negative"),
   ("beautiful scenery", "s", ""),
   ("great vid", "s", ""),
   ("Every video you make feels like I'm on holiday with you, the editing and the vibes are always perfect, can't wait for the next one 🚐💚", "s", "long_generic"),
   ("Beautiful trip!! 🏴󠁧󠁢󠁳󠁣󠁴󠁿 I do campervan rentals, 20% off for your subscribers, check my profile", "x", "praise_then_spam"),
   ("I'm 52 and retired early thanks to crypto trading with @michael_davies_trades, message him 👇", "x", "crypto"),
  ])

P("en-p063", "US", "youtube", "train",
  "Thrift flip: turning a $4 men's XXL flannel into a corset top 🧵 no pattern, just vibes",
  [("the boning channels from the old sleeves is so smart", "g", ""),
   ("what sewing machine is that? idk anything about sewing but i wanna try this", "g", "short_specific"),
   ("'no pattern just vibes' and it fits better than anything i've bought", "g", ""),
   ("please stop buying up all the XXL men's shirts, bigger guys need them too", "g", "negative"),
   ("how long did it take start to finish?", "g", "question"),
   ("so talented", "s", ""),
   ("obsessed 😍", "s", ""),
   ("You are literally so creative and talented it's unreal, everything you make is amazing and I always look forward to your videos 💖🧵", "s", "long_generic"),
   ("Amazing work 🧵 we'd love you to model our sewing kits, DM @stitchbox.co for a collab 💌", "x", "praise_then_spam"),
  ])

P("en-p064", "CA", "tiktok", "train",
  "Winter running in -25°C in Winnipeg ❄️ what I wear: 3 layers, a buff, and Yaktrax. Eyelashes froze at km 4",
  [("the frozen eyelashes at the end 😭 you're built different", "g", ""),
   ("do you wear merino as the base layer?", "g", "short_specific"),
   ("how do you keep your phone from dying in the cold?", "g", "question"),
   ("-25 and running voluntarily, sounds healthy", "g", "sarcasm"),
   ("Yaktrax saved my life on the Assiniboine trail, can confirm", "g", ""),
   ("respect 🙌", "s", ""),
   ("crazy 🥶", "s", ""),
   ("❄️❄️🔥", "s", "emoji_only"),
   ("Stay warm!! 🥶 Our heated jackets are 50% off today only, link in bio", "x", "praise_then_spam"),
  ])

P("en-p065", "UK", "youtube", "heldout",
  "Day in the life of a London dog walker 🐕 8 dogs, Hampstead Heath, one escaped into the ponds",
  [("8 dogs at once is a lot, do you need a licence for that in Camden?", "g", "question"),
   ("the spaniel going straight for the pond like he'd planned it all week 😂", "g", ""),
   ("what do you charge per walk?", "g", "short_specific"),
   ("the lead with 8 clips is chaos, how do you stop them tangling", "g", "question"),
   ("dream job", "s", ""),
   ("so cute", "s", ""),
   ("Loved this!! Your channel is my comfort channel, always so wholesome and lovely, thank you for making my evenings better 🐾💕", "s", "long_generic"),
   ("🐕🐕❤️", "s", "emoji_only"),
   ("Great video 😊 I earn £250 a day walking dogs, take my course and learn how, link in profile", "x", "praise_then_spam"),
   ("Congrats!! 🎉 You've been chosen for our dog food giveaway, message @pawsbox.uk.official to claim", "x", "giveaway_scam"),
  ])

P("en-p066", "US", "tiktok", "train",
  "Doing my makeup with my 4 yr old's Walmart kids makeup kit 💄 $12, glitter everywhere",
  [("the eyeshadow literally has no pigment, it's just sparkles and hope", "g", ""),
   ("ur daughter judging ur blending in the background 😭", "g", ""),
   ("is the kit safe for sensitive skin? my son broke out from one", "g", "question"),
   ("honestly the pink lipstick is kinda giving", "g", ""),
   ("a stunning 10/10 look for a pirate party", "g", "sarcasm"),
   ("cuteee", "s", ""),
   ("lmaoo 😂", "s", ""),
   ("ur so pretty", "s", ""),
   ("Hey queen 👑 wanna be an ambassador for our kids beauty line? DM @littleglam.co", "x", "collab_dm"),
   ("𝓒𝓱𝓮𝓬𝓴 𝓶𝔂 𝓫𝓲𝓸 𝓯𝓸𝓻 𝓯𝓻𝓮𝓮 𝓶𝓪𝓴𝓮𝓾𝓹 💄", "x", "fancy_unicode"),
  ])

P("en-p067", "AU", "instagram", "train",
  "Busking on Bourke St Melbourne for 3 hours 🎸 made $63.40, a Freddo, and a guy's phone number",
  [("the Freddo is the real payment tbh", "g", ""),
   ("do you need a permit for Bourke St? heard the council are strict", "g", "question"),
   ("$21 an hour, you out-earned my casual job", "g", ""),
   ("did you call the guy??", "g", "short_specific"),
   ("legend 🎸", "s", ""),
   ("love this sm", "s", ""),
   ("🎶🎶", "s", "emoji_only"),
   ("Your talent and your energy are so inspiring, you make the world a better place with your music, keep doing what you love 🎸💛", "s", "long_generic"),
   ("Awesome!! 🎸 DM for a feature on @ausmusic.spotlight, 300k followers", "x", "praise_then_spam"),
  ])

P("en-p068", "US", "youtube", "train",
  "Why I switched from Windows to Linux Mint after 15 years 🐧 what worked, what broke (Adobe...)",
  [("adobe is always the dealbreaker, did you try photopea or krita?", "g", "question"),
   ("what did you do about anti-cheat games?", "g", "short_specific"),
   ("mint is great until you need a printer driver", "g", "negative"),
   ("15 years of windows and it took you a recall feature to leave lol same", "g", ""),
   ("'what broke' literally nothing, linux is perfect and you're using it wrong 🤓", "g", "sarcasm"),
   ("great vid man", "s", ""),
   ("👍👍", "s", "emoji_only"),
   ("nice", "s", ""),
   ("Great vid 👍 I build custom PCs, check my channel out bro", "x", "praise_then_spam"),
   ("Need a windows 11 pro key? $5 only, DM me", "x", "scam_link"),
  ])

P("en-p069", "US", "tiktok", "train",
  "Raising bilingual kids 🇺🇸🇲🇽 our rule: Spanish at home, English at school. My 3 yr old now corrects MY Spanish",
  [("'mamá se dice rodilla no rodija' 😭 she's so right tho", "g", "code_switch", "mixed"),
   ("we do the same thing and my son refuses to answer in spanish, he understands everything but only talks english, any tips?", "g", "question"),
   ("do y'all do spanish cartoons too or just talking?", "g", "short_specific"),
   ("my parents didn't teach me and i regret it so much, ahora estoy aprendiendo a los 30", "g", "code_switch", "mixed"),
   ("a 3 year old correcting you is humbling, welcome to the rest of your life", "g", "sarcasm"),
   ("qué lindo 🥹", "s", "code_switch", "mixed"),
   ("loveee this 💛", "s", ""),
   ("You're such an amazing mom, honestly your family is goals and I love everything you share here, keep it up mama 💕🙏", "s", "long_generic"),
   ("Clases de inglés online 📚 learn English fast, escríbeme al DM", "x", "code_switch", "mixed"),
  ])

P("en-p070", "UK", "tiktok", "heldout",
  "Sunday league goal of the season contender? ⚽ 30 yard volley, hungover, pitch was basically a swamp",
  [("30 yards? that's 20 max mate, generous measuring", "g", "negative"),
   ("the keeper not even moving 😂 did he see it?", "g", "question"),
   ("hungover volleys always go in, sober ones end up in the car park", "g", ""),
   ("what league is this?", "g", "short_specific"),
   ("swamp pitch and a worldie, proper Sunday league", "g", ""),
   ("get in 🔥", "s", ""),
   ("what a goal", "s", ""),
   ("⚽🔥🔥", "s", "emoji_only"),
   ("Free bets 💷 £50 bonus no deposit, link in my bio lads", "x", "scam_link"),
   ("What a strike ⚽ get your team featured on @grassrootsgoals, DM us", "x", "praise_then_spam"),
  ])
# ---- batch 8 (en-p071..en-p080)
P("en-p071", "US", "instagram", "train",
  "Hot honey feta pasta bake 🍯🧀 the TikTok feta pasta but make it spicy. Mike's Hot Honey + Calabrian chili",
  [("calabrian chili + hot honey is the best combo on earth, how many chilis did you use?", "g", "question"),
   ("block feta or the crumbled kind?", "g", "short_specific"),
   ("the feta pasta in 2024, welcome back to 2021 bestie", "g", "sarcasm"),
   ("drooling 🤤", "s", ""),
   ("omg yes", "s", ""),
   ("need need need", "s", ""),
   ("Your recipes never miss, honestly everything you post is a masterpiece and you've made me fall in love with cooking again, thank you 🥰🍝", "s", "long_generic"),
   ("Yum!! 🍯 Try our raw honey, use code HONEY20, link in bio 🐝", "x", "praise_then_spam"),
   ("Want to get your food page featured? DM @foodgasm.promo 📸", "x", "promo_page"),
   ("Earn from home cooking 🍳 I make $6k a month, DM me for info", "x", "work_from_home"),
  ])

P("en-p072", "UK", "tiktok", "train",
  "Rating my boyfriend's outfits from 1-10 👔 he thinks cargo shorts with a blazer is 'smart casual'",
  [("cargo shorts with a blazer is a solid 2 and that's me being kind", "g", ""),
   ("the Stone Island jumper fit was genuinely decent though, give the lad an 8", "g", ""),
   ("his face when you gave the blazer combo a 1 😂 proper gutted", "g", ""),
   ("😂😂😂😂", "s", "emoji_only"),
   ("lmaooo", "s", ""),
   ("@jack_the_lad_99 this is you", "s", "tag_only"),
   ("you two are so cute", "s", ""),
   ("Men's fashion tips 👔 follow my page, I'll turn your bf into a model 😉", "x", "self_promo"),
   ("Hi! 👋 Your content is great! We'd love to offer you a paid partnership, please DM @brandcollabs.uk", "x", "praise_then_spam"),
   ("follow me i follow back 100% 🔁", "x", "follow4follow"),
  ])

P("en-p073", "US", "youtube", "train",
  "Puerto Rico on a budget 🇵🇷 Old San Juan, El Yunque (reservation needed!) and the bioluminescent bay in Fajardo",
  [("the bio bay at night is unreal, was it a new moon? that's when it's brightest", "g", "question"),
   ("El Yunque reservations sell out in like a minute, they open at 8am the day before fyi", "g", ""),
   ("te faltó el mofongo en Piñones 😤 next time, it's a must", "g", "code_switch", "mixed"),
   ("did you need a car?", "g", "short_specific"),
   ("wepa!! 🇵🇷🇵🇷 love my isla", "s", "code_switch", "mixed"),
   ("beautiful", "s", ""),
   ("amazing video", "s", ""),
   ("Puerto Rico is so lucky to have you showing it off, you always make such beautiful and uplifting videos, keep traveling and sharing 🌴💛", "s", "long_generic"),
   ("Great video!! 🌴 I found a $99 flight trick, check my channel to learn", "x", "praise_then_spam"),
   ("Dinero fácil 💵 invest in crypto with Sra. Carmen, escríbele por WhatsApp +1 787 555 0133", "x", "code_switch", "mixed"),
  ])

P("en-p074", "US", "tiktok", "train",
  "Pilates princess to powerlifter 👑 6 month transformation, gained 8lbs and I've never felt better",
  [("gaining 8lbs and looking this good is the best argument against the scale", "g", ""),
   ("do u still do pilates at all or fully switched?", "g", "short_specific"),
   ("i'm scared of getting bulky, did you notice it in your legs?", "g", "question"),
   ("obsessed with this glow up", "s", ""),
   ("queen 👑", "s", ""),
   ("yesss girl", "s", ""),
   ("You're so beautiful inside and out, your confidence is so inspiring and I love how you always spread positivity to everyone 💕✨", "s", "long_generic"),
   ("Love this 💪 Our protein powder helped me gain muscle fast, code GAINS for 40% off 🔥", "x", "praise_then_spam"),
   ("Get paid to post your workouts 💸 link in bio", "x", "work_from_home"),
   ("𝓖𝓻𝓮𝓪𝓽 𝓹𝓸𝓼𝓽 😍 𝓟𝓻𝓸𝓶𝓸𝓽𝓮 𝓲𝓽 𝓸𝓷 @fitgirls.feature", "x", "fancy_unicode"),
  ])

P("en-p075", "UK", "youtube", "heldout",
  "Football Manager 2024: taking Wrexham from League Two to the Champions League ⚽ season 7 finale",
  [("Paul Mullin still starting at 36 is the most unrealistic part of this save", "g", ""),
   ("what tactic are you running? the 4-2-3-1 gegenpress?", "g", "short_specific"),
   ("losing the final on penalties after 7 seasons, I felt that in my soul", "g", ""),
   ("Ryan Reynolds would be proud 😂", "g", ""),
   ("great series", "s", ""),
   ("love this save", "s", ""),
   ("I've watched every episode of this and honestly your channel is the best thing on youtube, you're so funny and wholesome, keep it up mate ⚽🙌", "s", "long_generic"),
   ("Great vid! ⚽ I do FM tactics too, sub to my channel and I'll sub back 🙏", "x", "praise_then_spam"),
   ("Free FM24 download full version 👉 link in my profile", "x", "scam_link"),
  ])

P("en-p076", "US", "instagram", "train",
  "Baby #3 is here 💙 Theo James, 8lb 2oz, born in the car on the way to the hospital. Dad caught him. Dad is not ok",
  [("DAD CAUGHT HIM 😭 give that man a medal and a nap", "g", ""),
   ("born in the car?? how far away was the hospital?", "g", "question"),
   ("third babies are always in a hurry, my third came in 40 minutes", "g", ""),
   ("congratulations!! 💙", "s", ""),
   ("welcome baby 🥹", "s", ""),
   ("so precious", "s", ""),
   ("Congratulations to your beautiful family, you are such an amazing mama and this little one is so lucky to have you all, God bless 💙🙏✨", "s", "long_generic"),
   ("Congrats 🎉 Moms, we're looking for baby models for our brand, DM @tinytots.agency to apply 👶", "x", "praise_then_spam"),
   ("Get your newborn photos for free 📸 DM us now", "x", "collab_dm"),
  ])

P("en-p077", "CA", "tiktok", "train",
  "Tested 5 cheap Amazon earbuds under $30 🎧 one of them is genuinely better than my AirPods",
  [("which brand was #3? the soundcore?", "g", "short_specific"),
   ("'better than airpods' in a tiktok where you can't hear the audio properly 😂", "g", "sarcasm"),
   ("how's the mic quality for calls? that's where cheap ones always fail", "g", "question"),
   ("the blue ones broke on me after 2 months, so buyer beware", "g", "negative"),
   ("nice", "s", ""),
   ("saving this 🎧", "s", ""),
   ("thx!!", "s", ""),
   ("Get AirPods Pro for $19 🎧 limited stock, link in my bio 🔥", "x", "scam_link"),
   ("Great review 🎧 we sell premium earbuds, DM for free sample to review @audiomax.official", "x", "praise_then_spam"),
  ])

P("en-p078", "US", "youtube", "train",
  "Our 14 year old cat's diabetes diagnosis 🐈 insulin twice a day, what the vet bill really cost ($2,300)",
  [("our cat went into remission after 8 months on insulin and a low carb diet, there's hope", "g", ""),
   ("are you using a glucose monitor at home or going to the vet for curves?", "g", "question"),
   ("$2,300 is insane, pet insurance doesn't cover it once they're 14 huh", "g", "negative"),
   ("which food are you switching him to?", "g", "short_specific"),
   ("sending love 🙏", "s", ""),
   ("poor baby 🥺", "s", ""),
   ("thank you for sharing", "s", ""),
   ("Your love for your animals is so pure and beautiful, this channel is a safe space and I'm so grateful for all the content you make 🐾💕", "s", "long_generic"),
   ("Sorry about your kitty 😿 I cured my cat's diabetes with this natural supplement, link in my channel", "x", "praise_then_spam"),
   ("I need urgent help for my cat's surgery 🙏 cashapp $savemilo22", "x", "off_topic_fundraiser"),
  ])

P("en-p079", "UK", "instagram", "train",
  "#ad Pat McGrath Labs Mothership palette 💜 swatches on medium-deep skin. Use code PRIYA10 for 10% off",
  [("finally swatches on deeper skin, the purple shade actually shows up on you", "g", ""),
   ("is it worth £120 though? genuinely asking", "g", "question"),
   ("10% off a £120 palette, what a bargain 🙃", "g", "sarcasm"),
   ("which shade is the bronze one, second row?", "g", "short_specific"),
   ("stunning 💜", "s", ""),
   ("omg stunninggg", "s", ""),
   ("💜💜💜", "s", "emoji_only"),
   ("You're so beautiful and talented, your makeup is always flawless and you're honestly the sweetest person on this app, love you loads 😘💜", "s", "long_generic"),
   ("Stunning!! 💜 Want to be a Pat McGrath ambassador? DM @patmcgrath.ambassador.uk", "x", "praise_then_spam"),
   ("Cheap designer makeup 💄 90% off, DM for catalogue", "x", "scam_link"),
  ])

P("en-p080", "US", "tiktok", "heldout",
  "Latina authors you NEED to read 📚 Elizabeth Acevedo, Isabel Allende, Silvia Moreno-Garcia (Mexican Gothic!!)",
  [("Mexican Gothic had me scared of mushrooms for a month", "g", ""),
   ("The Poet X made me cry in the library, Elizabeth Acevedo no tiene límites", "g", "code_switch", "mixed"),
   ("did u read allende in english or spanish?", "g", "short_specific"),
   ("add Julia Alvarez please, In the Time of the Butterflies is a classic", "g", ""),
   ("me encanta this list 📚❤️", "s", "code_switch", "mixed"),
   ("saving!!", "s", ""),
   ("love", "s", ""),
   ("We're a latina-owned publishing house 📚 submit your manuscript, DM @editorial.luna", "x", "self_promo"),
   ("Love this ❤️ I'm a latina author too, my book is on my profile, please support 🙏", "x", "praise_then_spam"),
  ])
# ---- batch 9 (en-p081..en-p088)
P("en-p081", "US", "tiktok", "train",
  "My corrido tumbado cover of 'Ella Baila Sola' but in English 🎺 my mom hates it, be honest",
  [("the english lyrics actually flow but the 'she dances alone' part sounds off, keep that line in spanish", "g", "negative"),
   ("tu mamá tiene razón 😂 but the trumpet part is fire ngl", "g", "code_switch", "mixed"),
   ("who's on the requinto?", "g", "short_specific"),
   ("ajúa 🔥🔥", "s", "code_switch", "mixed"),
   ("this slaps", "s", ""),
   ("🎺🎺🔥", "s", "emoji_only"),
   ("Que talento 🎶 tu música merece más views, DM me for promo en Spotify y TikTok 💯", "x", "code_switch", "mixed"),
   ("Great cover!! 🎺 Get 10k real followers for $15, DM @growfast.media", "x", "praise_then_spam"),
   ("Buy tiktok likes and views 🚀 cheapest prices, link in bio", "x", "buy_followers"),
  ])

P("en-p082", "UK", "instagram", "train",
  "Full English from my local greasy spoon for £7.50 ☕🍳 black pudding, bubble and squeak, and the tea is stewed to perfection",
  [("£7.50 with black pudding AND bubble and squeak? where is this, I'm moving", "g", "question"),
   ("beans touching the eggs is a crime and you know it", "g", "negative"),
   ("no hash brown, no fried bread, I'll let it slide because of the bubble and squeak", "g", ""),
   ("proper brekkie 😍", "s", ""),
   ("lush", "s", ""),
   ("yes please", "s", ""),
   ("Honestly your page is the best thing on my feed, always so cosy and wholesome and you make every little thing look special, love it 💛", "s", "long_generic"),
   ("Looks delicious!! 🍳 Promote your food page with @ukfoodies.feature, DM now", "x", "praise_then_spam"),
   ("Hi dear 👋 I have a business proposal for you, kindly check your DM 🙏", "x", "dm_bait"),
   ("Claim your £500 Tesco gift card 🎁 limited time, link in bio", "x", "giveaway_scam"),
  ])

P("en-p083", "US", "instagram", "train",
  "Zion's Angels Landing permit finally came through 🏜️ 5.4 miles, chains section at the top, 1,488 ft elevation gain. My legs are jelly",
  [("did u do the seasonal lottery or the day-before one?", "g", "short_specific"),
   ("the chains section with people coming the other way gave me actual nightmares", "g", ""),
   ("how early did you start? the shuttle line at 6am was insane when we went", "g", "question"),
   ("epic 🏜️", "s", ""),
   ("bucket list!!", "s", ""),
   ("wow 😍😍", "s", ""),
   ("You're such a brave and adventurous soul, your pictures always inspire me to get out there and live my best life, thank you for sharing 🙌🌄", "s", "long_generic"),
   ("Beautiful 🏜️ get featured on @hikingculture.usa, send us a DM!", "x", "praise_then_spam"),
   ("I turned $300 into $5,200 in 3 days with @amanda_crypto_signals 🚀 thank you so much!!", "x", "crypto"),
   ("@amanda_crypto_signals is legit, she helped me too 🙏🙏", "x", "crypto"),
  ])

P("en-p084", "AU", "tiktok", "train",
  "Op shop haul from Fitzroy 🛍️ vintage Levi's 501s for $25 and a 70s suede jacket",
  [("$25 for real vintage 501s is a steal, are they the red tab?", "g", "short_specific"),
   ("the suede jacket with the fringe is very Stevie Nicks, love it", "g", ""),
   ("Fitzroy op shops used to be cheap until everyone found out, $25 is lucky these days", "g", "negative"),
   ("love it all", "s", ""),
   ("thrifting queen 👑", "s", ""),
   ("obsessed with this", "s", ""),
   ("Love your style! 💕 We'd love you to be an ambassador for our vintage brand, DM @retroroad.au", "x", "collab_dm"),
   ("Cute haul 😍 check out my depop for more vintage, link in bio 🛍️", "x", "praise_then_spam"),
   ("🔥 Make $1000/week reselling thrift finds, my course is 50% off, DM me 🔥", "x", "work_from_home"),
  ])

P("en-p085", "US", "tiktok", "heldout",
  "Pokémon Nuzlocke but my girlfriend picks my team 🎮 she chose a Magikarp as my starter replacement",
  [("a magikarp in a nuzlocke is either a genius move or a death sentence, no in between", "g", ""),
   ("did it survive to evolve into gyarados??", "g", "short_specific"),
   ("she knew exactly what she was doing, this is sabotage", "g", "sarcasm"),
   ("what game is this, emerald?", "g", "question"),
   ("LMAOOOO 💀", "s", ""),
   ("W gf", "s", ""),
   ("😂😂", "s", "emoji_only"),
   ("You two are literally the cutest couple on this app, your videos always make me laugh so hard, never stop posting together 💕😂", "s", "long_generic"),
   ("Shiny pokemon for sale ✨ all games, cheap, DM me", "x", "scam_link"),
   ("Cute vid 😂 follow my page for daily pokemon content 🎮", "x", "praise_then_spam"),
  ])

P("en-p086", "IE", "instagram", "train",
  "Our Irish-Spanish family Christmas 🎄🇮🇪🇪🇸 turkey and ham on the 25th, tortilla and turrón on Nochebuena. Kids get presents twice 😅",
  [("presents twice?? the Reyes Magos on the 6th too or just Santa?", "g", "question"),
   ("tortilla with or without onion, this decides if we can be friends", "g", "short_specific"),
   ("same in our house, the turrón de Jijona disappears before the turkey even comes out", "g", "code_switch", "mixed"),
   ("lovely 🎄", "s", ""),
   ("Feliz Navidad y Nollaig Shona 🥰", "s", "code_switch", "mixed"),
   ("gorgeous family", "s", ""),
   ("You have the most beautiful family and your home always looks so warm and cosy, thank you for sharing these special moments with us 🎄❤️", "s", "long_generic"),
   ("Merry Christmas 🎄 we're giving away 5 iPhones this Christmas, follow and DM @xmas.giveaway.ie to enter 🎁", "x", "praise_then_spam"),
   ("Trabaja desde casa y gana €300 al día 💶 work from home, DM me", "x", "code_switch", "mixed"),
  ])

P("en-p087", "US", "instagram", "train",
  "My $80 smart home starter setup 🏠 2 Wyze cams, Kasa plugs, and an old iPad as a dashboard",
  [("what app are you using for the ipad dashboard? home assistant?", "g", "short_specific"),
   ("wyze had that security breach where people saw other people's cameras, i'd be careful", "g", "negative"),
   ("using an old ipad is so smart, mine's just sitting in a drawer", "g", ""),
   ("nice setup", "s", ""),
   ("so cool 🔥", "s", ""),
   ("love this idea", "s", ""),
   ("Nice setup!! 🏠 I install smart homes for cheap, DM me for a quote", "x", "praise_then_spam"),
   ("Get free Wyze cams 📷 just pay shipping, link in my bio", "x", "scam_link"),
   ("F4F 🔁 tech pages follow back", "x", "follow4follow"),
  ])

P("en-p088", "CA", "youtube", "heldout",
  "First beer league hockey goal at 34 🏒 never played as a kid, started learning to skate 2 years ago",
  [("started skating at 32 and scoring in 2 years is seriously impressive, did you do adult learn to skate?", "g", "question"),
   ("that celly at 3:40 was so wholesome, the whole bench going nuts", "g", ""),
   ("what position do you play?", "g", "short_specific"),
   ("the goalie was clearly having a nap but a goal's a goal eh", "g", "sarcasm"),
   ("let's goooo 🏒", "s", ""),
   ("beauty!", "s", ""),
   ("awesome", "s", ""),
   ("Stories like yours are exactly what the world needs, it's never too late to chase your dreams and you're proof of that, keep going buddy 🙌🏒", "s", "long_generic"),
   ("Congrats bud 🏒 cheap hockey gear 70% off, link in my channel", "x", "praise_then_spam"),
   ("I've been earning $2,000 weekly from crypto mining with Mr. James Walker, contact him on telegram @jameswalker_mining", "x", "crypto"),
  ])


# batch 2026-11-24 (review of a QA pass): "changed my life" stories and DM purchase questions from real followers,
# against romance bait, paid-promo offers and plugs for another account. Train posts only.
P("en-p089", "US", "youtube", "train",
  "I lost 60 lbs in a year just cooking at home 🥗 here's my full week of meals, nothing fancy, under $50",
  [("This channel changed my life, I finally learned to cook for my kids instead of ordering every night", "g", ""),
   ("your videos changed my life honestly, down 20 lbs since March just from the meal prep ones", "g", ""),
   ("sent you a DM about the meal plan pdf, is it still available?", "g", "question"),
   ("how do you keep the chicken from drying out when you reheat it?", "g", "question"),
   ("under $50 where?? groceries here are double that", "g", "negative"),
   ("so inspiring 🙌", "s", ""),
   ("love this 💚", "s", ""),
   ("Hi dear, I'm a single dad looking for a serious relationship, I'd love to get to know you, text me 💌", "x", "self_promo"),
   ("Are you open to a paid promo? 💰 DM us for rates", "x", "collab_dm"),
   ("go follow @fitmeals.daily for more like this 🔥🔥", "x", "self_promo"),
  ])

P("en-p090", "UK", "instagram", "train",
  "Started investing £100 a month at 25 in a boring index fund 📈 five years on, here's what it looks like. Not financial advice.",
  [("I started investing in index funds at 25 too thanks to videos like this, best decision I made", "g", ""),
   ("which platform do you use? the fees on mine are eating into everything", "g", "question"),
   ("£100 a month in London is a fantasy mate, rent takes everything", "g", "negative"),
   ("is it accumulating or distributing?", "g", "short_specific"),
   ("great post 👏", "s", ""),
   ("I made £4,500 in my first week with Mr. Daniel's trading signals, message him on WhatsApp +44 7700 900123", "x", "crypto"),
   ("l4l 💕", "x", "follow4follow"),
   ("DM for collab 📩", "x", "collab_dm"),
  ])

P("en-p091", "US", "instagram", "train",
  "Finally finished my handmade ceramic mug collection ☕ 24 mugs, each glazed by hand in my garage studio in Asheville. Shop opens Friday.",
  [("how much are they? 😍", "g", "question"),
   ("where can i buy one?? 😍😍", "g", "question"),
   ("do you ship to Canada? 🙏", "g", "question"),
   ("are they dishwasher safe? 🤞", "g", "question"),
   ("the speckled blue glaze on the third one is gorgeous, what's it called?", "g", "short_specific"),
   ("last batch I ordered arrived with two chipped handles, please pack them better", "g", "negative"),
   ("gorgeous 😍", "s", ""),
   ("love these ❤️❤️", "s", ""),
   ("My Instagram got hacked and @recovery_guru_official got it back in 2 hours, highly recommend 🙏", "x", "crypto"),
   ("If you lost access to your account, DM @hack.recovery.expert, they restored mine the same day 💯", "x", "crypto"),
  ])

P("en-p092", "UK", "tiktok", "train",
  "Testing the viral £25 Primark dupe of the Dyson Airwrap 💨 full hair routine, no edits. Is it worth it or a waste of money?",
  [("which Primark did you get it from? 😭 sold out everywhere near me", "g", "question"),
   ("is it still £25? 👀", "g", "question"),
   ("does it work on thick curly hair? 🙏", "g", "question"),
   ("the curl dropped after an hour on mine, the Dyson barrel is just better", "g", "negative"),
   ("obsessed 😍", "s", ""),
   ("slay 💅", "s", ""),
   ("Lost my crypto to a fake exchange and @fundsrecovery_pro got every penny back, message them on Telegram 🙌", "x", "crypto"),
   ("Had my TikTok hacked last week, @ethical.hacker.sam recovered it in a day, DM him you won't regret it", "x", "crypto"),
  ])

P("en-p093", "US", "tiktok", "train",
  "How my account got hacked through a fake 'copyright violation' DM and how I got it back through official support 🔐 no, I did not pay a 'recovery expert'.",
  [("This exact email got me too, the logo looked real. I use an authenticator app now instead of texts", "g", ""),
   ("Every reply under this saying some @ hacker fixed their account is a bot, report them", "g", ""),
   ("Support asked me for a video selfie and I had it back in under a week, never paid a cent", "g", ""),
   ("Scammers got my grandpa for $800 with a 'bitcoin opportunity' from someone he met in a Facebook group. Check on your older relatives", "g", ""),
   ("how long did support take to answer the first time?", "g", "question"),
   ("A SIM swap emptied my checking account in 2020. Ask your carrier for a number lock, it takes five minutes", "g", ""),
   ("thank you for posting this, sending it to my dad", "g", ""),
   ("so scary 😳", "s", ""),
   ("I lost my account too and @insta_recovery_hub got it back in an hour, message them, 100% legit 🙏", "x", "crypto"),
  ])

P("en-p094", "UK", "instagram", "train",
  "Christmas gift guide under £30 🎁 the candle set from a tiny shop in Bath, the knitted socks and a cookbook I actually use. All linked in my stories.",
  [("where's the candle link? 🙏 not seeing it in your stories anymore", "g", "question"),
   ("pls dm me where the socks are from 💕", "g", "question"),
   ("which cookbook is it? the cover looks like Ottolenghi", "g", "short_specific"),
   ("The candles were from @bathwickcandleco right? I got one last year and it lasted ages", "g", ""),
   ("do they ship to Ireland? 🤞", "g", "question"),
   ("£30 for socks is a lot tbh", "g", "negative"),
   ("love these ❤️", "s", ""),
   ("gorgeous picks 😍", "s", ""),
   ("Want to earn £500 a week from your phone this Christmas? DM me 'GIFT' 💸", "x", "crypto"),
  ])

P("en-p095", "US", "youtube", "train",
  "Paying off $23k of credit card debt in 18 months on a teacher's salary 📉 the spreadsheet, the avalanche method, and what I'd do differently.",
  [("Cleared a store card at 29% before putting a cent into the 401k, no market beats that", "g", ""),
   ("Is a 1% advisory fee ever worth it at my income level? genuinely asking", "g", "question"),
   ("If someone slides into your DMs with a 'guaranteed' 20% a month, block them. Real brokerages don't DM you", "g", ""),
   ("avalanche vs snowball, which one kept you more motivated?", "g", "question"),
   ("I index-fund 15% of my salary and it's boring and that's the point", "g", ""),
   ("great video 👍", "s", ""),
   ("I turned $500 into $9,000 in two weeks with Mr. Thomas's trading signals, message him on WhatsApp", "x", "crypto"),
  ])

if __name__ == "__main__":
    main()
