"""The widget families on real articles: prose kept, and injected widget lines found.

(a) Prose kept: the widget steps alone (without the seed steps) over the ``article`` text of every
development page; the share of article words they keep, per step, and every removed line printed
(run with ``-s``) so that false positives can be read. The ``article`` texts are trafilatura's
extractions, not gold: they carry some real widgets (embedded tweets, "Werbung", "Lesen Sie
auch: ..."), and removing those counts against the figure here.

(b) Injected widgets: widget lines generated from templates (names, handles, dates, numbers and
headlines drawn at random with a fixed seed; headlines are fragments of other articles) inserted
into the articles at random positions. A removed injected line is a true positive, a removed
article line a false positive, a kept injected line a false negative; precision, recall and F1 per
family and over all.

The issue's goals are >= 0.999 of article words kept and F1 >= 0.995; the floors asserted here are
the latest measured figures minus a margin, so that a regression fails the run. The rules were
corrected against the misses this benchmark printed, so (b) is not an out-of-sample estimate of
recall on other sites' wording; it guards against regressions and against prose lost around
injected lines.

    python3 -m pytest benchmarks/bench_widgets.py -q --benchmark-enable -s
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest

import cleantext

#: The widget steps of the default pipeline, in pipeline order.
WIDGET_STEPS = ("script_residue", "share_prompts", "newsletter_signups", "ad_labels", "cookie_notices", "reading_time", "social_embeds", "read_more", "paywalls", "comment_forms", "tag_lists", "disclaimers")
#: The opt-in step, measured on its own (its article losses are mostly real bylines and dates).
OPTIONAL_STEPS = ("bylines",)

SEED = 20250603
MAX_HEADLINE_CHARS = 120
INJECTED_PER_ARTICLE = 3

# Floors: the latest measured figures (see the module docstring) minus a margin. Article words
# kept by the widget steps: 0.9961 on all 884 articles, 0.9957 on CI's first 150 (0.9967 and 0.9963
# before stop 69's rules, which take comment sections' counts, links and rules, follow prompts,
# newsletter calls, headlines behind chevrons and a wall's note to subscribers from those
# extractions; 0.9976 and 0.9971 at an earlier stop, 0.9987 and 0.998 before the app-prompt,
# subscription-offer and affiliate rules, which take a news site's "download our apps" and
# "subscribe for the full story" lines and a blog's disclosure; 0.9982 and 0.9976 before the
# disclaimers family and the inline promo labels, which take licence notices, editorial
# disclaimers, "MIRA: <headline>" and "PUEDES VER: ..." lines, every one of which a reader of the
# story can do without: see the lines the prose test prints).
FLOOR_WORDS_KEPT = 0.995
FLOOR_INJECTED_F1 = 0.995
FLOOR_FAMILY_F1 = 0.99

# -- vocabularies for the templates -------------------------------------------------------------------
FIRST = ["Amelia", "Jonas", "Lucía", "Matteo", "Chloé", "João", "Sanne", "Priya", "Tomasz", "Ingrid", "Kwame", "Hélène", "Björn", "Giulia", "Mateus", "Fleur", "Dmitri", "Aoife", "Rafael", "Marta"]
LAST = ["Okafor", "Lindqvist", "Fernández", "Bianchi", "Moreau", "Silva", "de Vries", "Kowalski", "Hartmann", "O'Neill", "Nakamura", "Rossi", "Pereira", "Dubois", "van Dijk", "Schneider", "García", "Costa", "Jansen", "Müller"]
OUTLETS = ["Reuters", "AFP", "dpa", "The Herald", "Westdeutsche Zeitung", "Le Courrier", "El Diario", "La Gazzetta", "Jornal do Porto", "Het Dagblad", "City Wire", "Morning Post"]
NETWORKS = ["Facebook", "Twitter", "X", "WhatsApp", "Email", "LinkedIn", "Pinterest", "Reddit", "Telegram", "Flipboard", "Bluesky", "Threads", "Instagram", "YouTube", "TikTok", "Xing", "Copy link", "Print"]
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
}


@dataclass
class Draw:
    """Random choices for one widget line."""

    rng: random.Random
    headlines: Sequence[str]
    passages: Sequence[str] = ()

    def pick(self, options: Sequence[str]) -> str:
        return self.rng.choice(options)

    def name(self) -> str:
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def handle(self) -> str:
        first, last = self.pick(FIRST), self.pick(LAST)
        raw = self.pick([first + last, first[0] + last, last + str(self.rng.randint(1, 99)), first + "_" + last])
        return "".join(ch for ch in raw if ch.isascii() and (ch.isalnum() or ch == "_"))[:15]

    def net(self) -> str:
        return self.pick([n for n in NETWORKS if n not in ("Copy link", "Print", "Email", "X")])

    def number(self, low: int = 2, high: int = 15) -> int:
        return self.rng.randint(low, high)

    def date(self, lang: str = "en") -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(2015, 2026)
        name = MONTHS[lang][month - 1]
        if lang == "en":
            return self.pick([f"{name} {day}, {year}", f"{day} {name} {year}"])
        if lang == "de":
            return self.pick([f"{day}. {name} {year}", f"{day:02d}.{month:02d}.{year}"])
        if lang in ("es", "pt"):
            return f"{day} de {name} de {year}"
        return f"{day} {name} {year}"

    def headline(self) -> str:
        return self.pick(self.headlines)

    def passage(self) -> str:
        return self.pick(self.passages)


Template = Callable[[Draw], str]

TEMPLATES: dict[str, list[Template]] = {
    "share_prompts": [
        lambda d: d.pick(["Share this article", "Share this story", "Share", "Share:", "Share this:", "SHARE", "Share via"]),
        lambda d: d.pick(["Teilen", "Artikel teilen", "Diesen Beitrag teilen", "Partager", "Partager l'article", "Compartir", "Compartir esta noticia", "Condividi", "Condividi l'articolo", "Compartilhar", "Compartilhe", "Partilhar", "Delen", "Deel dit artikel"]),
        lambda d: d.pick([" ", " | ", " · ", "  ", " • "]).join(d.rng.sample(NETWORKS, d.number(2, 6))),
        lambda d: f"{d.pick(['Share on', 'Share to', 'Partager sur', 'Compartir en', 'Condividi su', 'Compartilhar no', 'Delen op'])} {d.net()}",
        lambda d: f"Follow {d.pick(['us', '@' + d.handle(), d.pick(OUTLETS)])} on {d.net()}" + d.pick(["", f" and {d.net()}", "!"]),
        lambda d: d.pick([f"Folgen Sie uns auf {d.net()}", f"Folge uns auf {d.net()}", f"Suivez-nous sur {d.net()}", f"Síguenos en {d.net()}", f"Seguici su {d.net()}", f"Siga-nos no {d.net()}", f"Volg ons op {d.net()}"]),
        lambda d: f"{d.number(2, 999)} {d.pick(['shares', 'Shares', 'SHARES'])}",
        # Russian, Ukrainian and Polish.
        lambda d: d.pick(["Поделиться", "Поделиться статьей", "Скопировать ссылку", "Поділитися", "Podziel się", "Udostępnij", "ВКонтакте"]),
        lambda d: d.pick([f"Подписывайтесь на наш канал в {d.pick(['Telegram', 'Дзене', 'VK'])}", f"Мы в {d.pick(['Telegram', 'VK', 'соцсетях'])}", f"Підписуйтесь на нас у {d.net()}", f"Obserwuj nas na {d.pick(['Facebooku', 'Twitterze', 'Instagramie'])}"]),
    ],
    "newsletter_signups": [
        lambda d: f"{d.pick(['Sign up for', 'Subscribe to', 'Sign up to'])} {d.pick(['our', 'the', 'the free', 'our free'])} {d.pick(['daily', 'weekly', 'morning', 'evening', 'politics', 'business'])} newsletter" + d.pick(["", ".", " to get the latest news", " for more stories like this"]),
        lambda d: d.pick(["Newsletter", "Enter your email address", "Your email address", "Thanks for signing up!", "Sign up", "Get our free newsletter"]),
        lambda d: f"Get the {d.pick(['best', 'latest', 'biggest'])} {d.pick(['stories', 'news', 'headlines'])} from {d.pick(OUTLETS)} {d.pick(['delivered to your inbox', 'straight to your inbox', 'in your inbox every morning'])}",
        lambda d: d.pick(["Newsletter abonnieren", "Jetzt Newsletter abonnieren", "Abonnieren Sie unseren Newsletter", "Melden Sie sich für unseren Newsletter an", f"Jetzt den {d.pick(['Morgen', 'Wochen', 'Politik'])}-Newsletter abonnieren"]),
        lambda d: d.pick(["Inscrivez-vous à notre newsletter", "Abonnez-vous gratuitement à notre newsletter", "Recevez notre lettre d'information", "Suscríbete a nuestra newsletter", "Recibe nuestro boletín cada mañana", "Iscriviti alla nostra newsletter", "Ricevi la newsletter", "Assine nossa newsletter", "Inscreva-se na nossa newsletter", "Schrijf je in voor onze nieuwsbrief", "Meld je aan voor de nieuwsbrief"]),
        lambda d: "By signing up, you agree to our Privacy Policy and Terms of Use" + d.pick(["", "."]),
        lambda d: d.pick(["Подпишитесь на нашу рассылку", f"Подпишитесь на рассылку {d.pick(OUTLETS)} и получайте новости первыми", "Підпишіться на розсилку", "Zapisz się do newslettera", f"Zamów newsletter {d.pick(OUTLETS)}"]),
    ],
    "ad_labels": [
        lambda d: d.pick(["Advertisement", "ADVERTISEMENT", "Anzeige", "ANZEIGE", "Werbung", "Publicité", "Publicidad", "Pubblicità", "Publicidade", "Advertentie", "Sponsored", "Ad", "Advertising"]),
        lambda d: d.pick(["- ", "— ", "-- ", "[", "*", "(", "▼ "]) + d.pick(["Advertisement", "Anzeige", "Publicité", "Publicidad", "Werbung"]) + d.pick([" -", " —", " --", "]", "*", ")", ""]),
        lambda d: d.pick(["Story continues below advertisement", "Article continues below advertisement", "Advertisement - scroll to continue", "La suite après cette publicité", "Weiterlesen nach der Anzeige", "Continua a leggere dopo la pubblicità", "Lees verder na de advertentie"]),
        lambda d: f"{d.pick(['Sponsored by', 'Presented by', 'In partnership with'])} {d.pick(OUTLETS)}",
        lambda d: d.pick(["* Affiliate-Link", "Anzeige, enthält Affiliate Links", f"As an Amazon Associate {d.pick(OUTLETS)} earns from qualifying purchases.", "When you buy through links on our site, we may earn an affiliate commission.", f"*Affiliate Link. Wenn du über einen solchen Link etwas kaufst, bekomme ich eine Provision."]),
        lambda d: d.pick(["На правах рекламы", "Партнерский материал", "Dalsza część artykułu pod reklamą", "REKLAMA. Dalszy ciąg materiału pod wideo", "Materiał promocyjny"]),
    ],
    "cookie_notices": [
        lambda d: f"We use cookies {d.pick(['to improve your experience', 'to personalise content and ads', 'and similar technologies to analyse traffic'])} on {d.pick(['our website', 'this site'])}. {d.pick(['By continuing to browse, you agree to our use of cookies.', 'You can change your settings at any time.', 'Read our cookie policy.'])}",
        lambda d: f"This {d.pick(['website', 'site'])} uses cookies{d.pick(['.', ' to ensure you get the best experience.', '. Learn more'])}",
        lambda d: d.pick(["Accept all cookies", "Accept all", "Reject all", "Cookie settings", "Manage preferences", "Alle akzeptieren", "Tout accepter", "Aceptar todas", "Accetta tutti", "Aceitar todos", "Alle cookies accepteren"]),
        lambda d: d.pick([
            "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.",
            "Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie dem zu.",
            "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.",
            "Ce site utilise des cookies pour améliorer votre navigation.",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
            "Este sitio web utiliza cookies para mejorar su experiencia.",
            "Questo sito utilizza cookie tecnici e di profilazione.",
            "Utilizziamo i cookie per migliorare la tua esperienza.",
            "Utilizamos cookies para melhorar a sua experiência de navegação.",
            "Este site usa cookies para personalizar conteúdo.",
            "Wij gebruiken cookies om onze website te verbeteren.",
            "Deze website maakt gebruik van cookies.",
        ]),
        lambda d: d.pick([
            "Мы используем файлы cookie, чтобы сайт работал лучше.",
            "Этот сайт использует cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
            "Ми використовуємо файли cookie для покращення роботи сайту.",
            "Używamy plików cookie, aby zapewnić najlepszą jakość korzystania z serwisu.",
            "Ta strona korzysta z ciasteczek, aby świadczyć usługi na najwyższym poziomie.",
            "Akceptuj wszystkie", "Принять все",
        ]),
    ],
    "reading_time": [
        lambda d: f"{d.number(2, 25)} min read",
        lambda d: f"{d.number(2, 25)}-minute read",
        lambda d: f"{d.date()} · {d.number(2, 25)} min read",
        lambda d: f"Listen to this article {d.pick(['·', '-', '|', '•'])} {d.number(2, 25)} min",
        lambda d: f"{d.pick(['Reading time', 'Estimated reading time', 'Read time'])}: {d.number(2, 25)} {d.pick(['minutes', 'min', 'mins'])}",
        lambda d: d.pick([f"Lesezeit: {d.number()} Minuten", f"{d.number()} Min. Lesezeit", f"Lesedauer: ca. {d.number()} Minuten"]),
        lambda d: d.pick([f"Temps de lecture : {d.number()} min", f"{d.number()} min de lecture", f"Tiempo de lectura: {d.number()} minutos", f"{d.number()} minutos de lectura", f"Tempo di lettura: {d.number()} minuti", f"{d.number()} minuti di lettura", f"Tempo de leitura: {d.number()} minutos", f"{d.number()} min de leitura", f"Leestijd: {d.number()} minuten", f"{d.number()} minuten leestijd"]),
        lambda d: d.pick([f"Время чтения: {d.number()} минут", f"{d.number()} мин. чтения", f"Час читання: {d.number()} хв", f"{d.number()} minut czytania", f"Czas czytania: {d.number()} min"]),
    ],
    "social_embeds": [
        lambda d: d.pick(["View this post on Instagram", "Diesen Beitrag auf Instagram ansehen", "Voir cette publication sur Instagram", "Ver esta publicación en Instagram", "Visualizza questo post su Instagram", "Ver essa foto no Instagram", "Dit bericht op Instagram bekijken"]),
        lambda d: f"A post shared by {d.name()} (@{d.handle().lower()})" + d.pick(["", f" on {d.date()}"]),
        lambda d: f"— {d.name()} (@{d.handle()}) {d.date(d.pick(['en', 'en', 'de', 'es', 'fr']))}",
        # A post's link alone (with its signature, or after a word or two); a post's own words with
        # the link are quoted content, which the step keeps (tests/cases/social_embeds.json).
        lambda d: f"pic.twitter.com/{''.join(d.rng.choice('abcdefghijkLMNOPQ0123456789') for _ in range(10))}" + d.pick(["", f" — {d.name()} (@{d.handle()}) {d.date()}"]),
        lambda d: d.pick(["", "Video: ", "Full story: ", "Thread: "]) + f"https://t.co/{''.join(d.rng.choice('abcdefXYZ0123456789') for _ in range(10))}",
        lambda d: d.pick(["Watch on YouTube", "Auf YouTube ansehen", "Regarder sur YouTube", "Ver en YouTube", "Guarda su YouTube", "Assistir no YouTube", "Bekijk op YouTube"]),
        lambda d: f"{d.pick(['Skip', 'End of'])} {d.pick(['Twitter', 'Instagram', 'X', 'TikTok'])} post{d.pick(['', ', ' + str(d.number(1, 9)), ' by ' + d.name()])}",
        lambda d: d.pick(["Посмотреть эту публикацию в Instagram", "Переглянути цей допис в Instagram", "Wyświetl ten post na Instagramie", f"Публикация от {d.name()} (@{d.handle().lower()})", f"Post udostępniony przez {d.name()} (@{d.handle().lower()})"]),
    ],
    "read_more": [
        lambda d: f"{d.pick(['Read more', 'READ MORE', 'Read also', 'See also', 'Also read'])}: {d.headline()}",
        lambda d: f"{d.pick(['Lesen Sie auch', 'LESEN SIE AUCH'])}: {d.headline()}",
        lambda d: f"{d.pick(['Lire aussi', 'À lire aussi', 'LIRE AUSSI'])} : {d.headline()}",
        lambda d: f"{d.pick(['Lee también', 'LEA TAMBIÉN', 'Leggi anche', 'Leia também', 'LEIA TAMBÉM', 'Lees ook'])}: {d.headline()}",
        lambda d: d.pick(["Read more", "Read more »", "Read more →", "Weiterlesen", "Lire la suite", "Leer más", "Leggi di più", "Leia mais", "Lees meer"]),
        lambda d: f"{d.pick(['Lesen Sie auch', 'Lire aussi', 'Leggi anche', 'Lees ook'])} » {d.headline()}",
        lambda d: f"{d.pick(['Читайте также', 'ЧИТАЙТЕ ТАКЖЕ', 'Читайте також', 'Przeczytaj także', 'Czytaj też'])}: {d.headline()}",
        lambda d: d.pick(["Читать далее", "Подробнее →", "Читати далі", "Czytaj dalej »", "Czytaj więcej"]),
    ],
    "paywalls": [
        lambda d: d.pick(["Subscribe to continue reading", "Subscribe to read the full story", "This article is for subscribers only", "This content is exclusive to subscribers", "Already a subscriber? Log in", "Already a subscriber? Sign in here"]),
        lambda d: f"You have reached your limit of {d.number(3, 10)} free articles this month",
        lambda d: f"Jetzt weiterlesen mit {d.pick(['SZ Plus', 'Z+', 'F+', 'WELTplus', 'RP+', 'SPIEGEL+'])}",
        lambda d: d.pick(["Dieser Artikel ist nur für Abonnenten verfügbar", "Sie sind bereits Abonnent? Hier anmelden", "Cet article est réservé aux abonnés", "Déjà abonné ? Se connecter", "Este contenido es exclusivo para suscriptores", "¿Ya eres suscriptor? Inicia sesión", "Questo articolo è riservato agli abbonati", "Sei già abbonato? Accedi", "Este conteúdo é exclusivo para assinantes", "Já é assinante? Faça login", "Dit artikel is alleen voor abonnees", "Al abonnee? Log in"]),
        lambda d: f"Il vous reste {d.number(40, 90)}% de cet article à lire. La suite est réservée aux abonnés.",
        lambda d: f"Subscribe for just {d.pick(['$', '£', '€'])}{d.number(1, 9)} a {d.pick(['week', 'month'])}",
        lambda d: d.pick(["Этот материал доступен только подписчикам", "Чтобы продолжить чтение, оформите подписку", "Цей матеріал доступний лише передплатникам", "Ten artykuł jest dostępny tylko dla subskrybentów", "Masz już subskrypcję? Zaloguj się"]),
    ],
    "tag_lists": [
        lambda d: f"{d.pick(['Tags', 'Tags', 'Topics', 'Filed under', 'Categories', 'Schlagwörter', 'Mots-clés', 'Etiquetas', 'Argomenti', 'Trefwoorden'])}: " + ", ".join(d.rng.sample(["Kosovo", "migration", d.pick(OUTLETS), "Europe", "asylum", "Politik", "économie", "política", "Balcani", "Brexit"], d.number(1, 4))),
        lambda d: f"{d.pick(['Filed under', 'Posted in', 'Abgelegt unter', 'Publicado en'])} {d.pick(['Politics', 'World', 'Politik', 'Sport', 'Economía'])}",
        lambda d: d.pick(["Tags", "Tags:", "Schlagwörter:", "Kategorien", "Étiquettes :", "Etiquetas:"]),
        lambda d: f"{d.pick(['Теги', 'Метки', 'Мітки', 'Tagi', 'Słowa kluczowe'])}: " + ", ".join(d.rng.sample(["Косово", "миграция", "Лондон", "polityka", "migracja", "Kosowo"], d.number(2, 4))),
    ],
    "disclaimers": [
        lambda d: f"{d.pick(['This work', 'All content', 'This article', 'The text of this page'])} is licensed under a Creative Commons {d.pick(['Attribution', 'Attribution-ShareAlike', 'Attribution-NonCommercial'])} {d.pick(['3.0', '4.0'])} {d.pick(['International License', 'Unported License'])}.",
        lambda d: f"{d.pick(['Dieser Beitrag', 'Dieses Blog', 'Der Inhalt dieser Seite'])} steht unter einer Creative Commons Namensnennung {d.pick(['3.0', '4.0'])} {d.pick(['International', 'Deutschland'])} Lizenz.",
        lambda d: d.pick(["Lizenz: CC-BY 4.0", "License: CC BY-SA 4.0", "Contenidos bajo licencia Creative Commons.", "Ce site est publié sous licence Creative Commons BY-SA."]),
        lambda d: f"The views expressed {d.pick(['in this article', 'here', 'by the author'])} are {d.pick(['those of the author', 'solely those of the author', 'the author’s own'])} and do not necessarily reflect the views of {d.pick(OUTLETS)}.",
        lambda d: d.pick(["Les opinions exprimées dans cette tribune n'engagent que leurs auteurs.", "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.", "Las opiniones expresadas son responsabilidad exclusiva de sus autores.", "Le opinioni espresse sono quelle dell'autore.", "As opiniões expressas neste artigo são de responsabilidade do autor."]),
    ],
    "comment_forms": [
        lambda d: d.pick(["Leave a Reply", "Leave a Reply Cancel reply", "Cancel reply", "Post Comment", "You must be logged in to post a comment.", "Your email address will not be published. Required fields are marked *"]),
        lambda d: f"{d.number(2, 400)} {d.pick(['thoughts on', 'Comments on', 'Responses to', 'replies to'])} “{d.headline()}”",
        lambda d: f"{d.number(2, 400)} {d.pick(['Antworten zu', 'Kommentare zu', 'réflexions sur', 'comentarios en', 'commenti su', 'comentários em', 'reacties op'])} „{d.headline()}“",
        lambda d: d.pick(["Schreibe einen Kommentar Antwort abbrechen", "Du musst angemeldet sein, um einen Kommentar abzugeben.", "Laisser un commentaire Annuler la réponse", "Deja una respuesta Cancelar la respuesta", "Lascia un commento Annulla risposta", "Deixe um comentário Cancelar resposta", "Geef een reactie Reactie annuleren"]),
        lambda d: d.pick(["Добавить комментарий", "Оставить комментарий", "Ваш адрес email не будет опубликован.", "Додати коментар", "Скасувати відповідь"]),
    ],
    "script_residue": [
        lambda d: d.pick([
            "Please enable JavaScript to view the comments powered by Disqus.", "Please enable JavaScript to view this site.",
            "You need to enable JavaScript to run this app.", "JavaScript is required.", "Bitte aktivieren Sie JavaScript in Ihrem Browser.",
            "JavaScript ist deaktiviert.", "Veuillez activer JavaScript dans votre navigateur.", "Activa JavaScript para ver este contenido.",
            "Abilita JavaScript per visualizzare i commenti.", "Ative o JavaScript no seu navegador.", "Schakel JavaScript in om deze site te gebruiken.",
        ]),
        lambda d: d.pick(["Your browser is out of date.", "You are using an outdated browser. Please upgrade your browser to improve your experience.", "Ihr Browser ist veraltet!", "Du verwendest einen veralteten Browser.", "Votre navigateur est obsolète.", "Tu navegador está desactualizado.", "Il tuo browser non è supportato.", "Seu navegador está desatualizado.", "Je browser is verouderd."]),
        lambda d: f'window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag("js", new Date()); gtag("config", "G-{d.number(100000, 999999)}");',
        lambda d: f"googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-{d.number(10 ** 12, 10 ** 13)}-{d.number(0, 9)}'); }});",
        lambda d: f'{{"@context":"https://schema.org","@type":"{d.pick(["NewsArticle", "Article", "BlogPosting", "Recipe"])}","headline":"{d.headline()}","author":{{"@type":"Person","name":"{d.name()}"}}}}',
        lambda d: f".{d.pick(['article-body', 'share-bar', 'post', 'teaser'])} {d.pick(['p', 'a', 'img', 'h2'])} {{ margin: {d.number(0, 20)}px 0; }} .{d.pick(['nav', 'ad-slot', 'footer'])} {{ display: none; }}",
        lambda d: d.pick(["</script>", "<noscript>", '<script type="text/javascript">', "<style>"]),
    ],
    "bylines": [
        lambda d: f"By {d.name()}",
        lambda d: f"By {d.name()}, {d.pick(OUTLETS)}",
        lambda d: f"{d.pick(['Von', 'Par', 'Por', 'Di', 'Door'])} {d.name()}",
        lambda d: f"By {d.name()} and {d.name()}",
        lambda d: f"{d.pick(['Published', 'Updated', 'Published:', 'Last updated'])} {d.date()}",
        lambda d: f"Updated: {d.number(0, 23):02d}:{d.number(0, 59):02d} {d.pick(['BST', 'GMT', 'CET', 'ET'])}",
        lambda d: d.pick([f"Veröffentlicht am {d.date('de')}", f"Publié le {d.date('fr')}", f"Publicado el {d.date('es')}", f"Pubblicato il {d.date('it')}", f"Publicado em {d.date('pt')}", f"Gepubliceerd op {d.date('nl')}"]),
    ],
}


#: Widgets that are a block of lines, not one line, injected whole (one per article): a blog's
#: "Recent Comments" in both its shapes, "<name> on <post>" and "<name>: <excerpt>" cut short.
#: Under its heading most of the time; without one, the posts repeat (readers comment on the same
#: post) or the excerpts are cut short, as the step needs.
COMMENT_HEADINGS = {
    "on": ["Recent Comments", "Latest Comments"], "bei": ["Neueste Kommentare", "Letzte Kommentare"], "zu": ["Zuletzt kommentiert"],
    "dans": ["Commentaires récents"], "sur": ["Derniers commentaires"], "en": ["Comentarios recientes"], "su": ["Commenti recenti"],
    "em": ["Comentários recentes"], "op": ["Recente reacties"],
}  # fmt: skip
MAX_EXCERPT_CHARS = 110


def _post_widget(d: Draw) -> list[str]:
    word = d.pick(sorted(COMMENT_HEADINGS))
    posts = [d.headline() for _ in range(2)]
    lines = [f"{d.pick([d.pick(FIRST), d.name()])} {word} {d.pick(posts)}" for _ in range(d.number(3, 6))]
    return ([d.pick(COMMENT_HEADINGS[word])] if d.rng.random() < 0.7 else []) + lines


def _excerpt_widget(d: Draw) -> list[str]:
    cut, mark = d.number(60, MAX_EXCERPT_CHARS), d.pick(["...", "…", " ...", " […]"])
    lines = [f"{d.pick([d.pick(FIRST), d.name(), d.handle()])}: {d.passage()[:cut].rstrip()}{mark}" for _ in range(d.number(3, 6))]
    return ([d.pick(d.pick(list(COMMENT_HEADINGS.values())))] if d.rng.random() < 0.5 else []) + lines


BLOCK_TEMPLATES: dict[str, list[Callable[[Draw], list[str]]]] = {"recent_comments": [_post_widget, _excerpt_widget]}
INJECTED_BLOCKS_PER_ARTICLE = 1


def _passages(pages: Sequence[dict]) -> list[str]:
    """Article paragraphs long enough to be cut into a comment's excerpt."""
    return [line.strip() for page in pages for line in page["article"].splitlines()[:8] if len(line.strip()) > MAX_EXCERPT_CHARS + 20]


def _headlines(pages: Sequence[dict]) -> list[str]:
    """Headline-like fragments: the first five to twelve words of article sentences, at most
    MAX_HEADLINE_CHARS long (in a script written without spaces, a "word" can be a whole sentence)."""
    out = []
    for page in pages:
        for line in page["article"].splitlines()[:6]:
            words = line.split()
            if len(words) >= 8 and "@" not in line and "http" not in line:
                fragment = " ".join(words[: min(len(words) - 1, 5 + len(out) % 8)]).rstrip(".,;:")
                if len(fragment) <= MAX_HEADLINE_CHARS:
                    out.append(fragment)
    return out


def _words(text: str) -> int:
    return len(text.split())


def _prose_kept(pages: Sequence[dict], steps: Sequence[str]) -> tuple[float, list[tuple[str, str, str]]]:
    pipeline = cleantext.Pipeline(steps)
    total = lost = 0
    removed = []
    for page in pages:
        result = pipeline.run(page["article"])
        total += _words(page["article"])
        for removal in result.removals:
            lost += _words(removal.text)
            removed.append((removal.cleaner, removal.rule, removal.text.strip()))
    return (total - lost) / max(total, 1), removed


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4), "injected": self.tp + self.fn}


def _injected_score(pages: Sequence[dict], family: str, steps: Sequence[str], misses: list[str]) -> Score:
    """Inject lines of *family* into every article and score what *steps* remove.

    An article line counts as a false positive only if it holds text and the steps keep it in the
    article alone:
    the lines they remove from the plain article are measured by the prose-kept benchmark (and are
    mostly real widgets that the extraction kept), and would otherwise be counted once per family.
    """
    rng = random.Random(f"{SEED}-{family}")
    draw = Draw(rng, _headlines(pages), _passages(pages) if family in BLOCK_TEMPLATES else ())
    pipeline = cleantext.Pipeline(steps)
    score = Score()
    for page in pages:
        plain = page["article"].splitlines()
        removed_alone = {r.line for r in pipeline.run(page["article"]).removals}
        lines: list[tuple[str, int | None]] = [(text, i) for i, text in enumerate(plain)]  # (text, index in the plain article)
        if family in BLOCK_TEMPLATES:
            for _ in range(INJECTED_BLOCKS_PER_ARTICLE):
                # Between two of the article's lines, never inside another injected block.
                at = rng.choice([k for k in range(len(lines) + 1) if k == 0 or lines[k - 1][1] is not None])
                lines[at:at] = [(text, None) for text in rng.choice(BLOCK_TEMPLATES[family])(draw)]
        for _ in range(INJECTED_PER_ARTICLE if family in TEMPLATES else 0):
            lines.insert(rng.randint(0, len(lines)), (rng.choice(TEMPLATES[family])(draw), None))
        removed = {r.line for r in pipeline.run("\n".join(text for text, _ in lines)).removals}
        for k, (text, origin) in enumerate(lines):
            if origin is None:
                if k in removed:
                    score.tp += 1
                else:
                    score.fn += 1
                    misses.append(text)
            elif k in removed and origin not in removed_alone and text.strip():
                # A blank line holds no article: in a loosely spaced article (see
                # cleantext.loose_spacing) it goes with the widget line above it.
                score.fp += 1
    return score


def test_widget_steps_keep_article_prose(benchmark, pages) -> None:
    kept, removed = benchmark.pedantic(lambda: _prose_kept(pages, WIDGET_STEPS), rounds=1, iterations=1)
    per_step = {step: round(_prose_kept(pages, [step])[0], 5) for step in WIDGET_STEPS + OPTIONAL_STEPS}
    benchmark.extra_info["article words kept (widget steps)"] = round(kept, 5)
    benchmark.extra_info["article words kept per step"] = per_step
    benchmark.extra_info["article lines removed"] = len(removed)
    print(f"\narticle words kept by the widget steps: {kept:.5f} ({len(removed)} lines removed from {len(pages)} articles)")
    for step, share in per_step.items():
        print(f"  {step:20s} {share:.5f}")
    words_by_rule = Counter()
    for cleaner, rule, text in removed:
        words_by_rule[f"{cleaner}/{rule}"] += _words(text)
    benchmark.extra_info["article words removed per rule"] = dict(words_by_rule.most_common())
    print("  article words removed per rule:", ", ".join(f"{rule} {n}" for rule, n in words_by_rule.most_common()))
    for (cleaner, rule, text), count in sorted(Counter(removed).items()):
        print(f"  removed x{count} [{cleaner}/{rule}] {text[:140]!r}")
    assert kept >= FLOOR_WORDS_KEPT


def test_injected_widgets_are_found(benchmark, pages) -> None:
    def run() -> tuple[dict[str, Score], dict[str, list[str]]]:
        scores, misses = {}, {}
        for family in [*TEMPLATES, *BLOCK_TEMPLATES]:
            misses[family] = []
            steps = WIDGET_STEPS if family in WIDGET_STEPS else (family,)
            scores[family] = _injected_score(pages, family, steps, misses[family])
        return scores, misses

    scores, misses = benchmark.pedantic(run, rounds=1, iterations=1)
    default = Score()
    for family in WIDGET_STEPS:
        default.tp += scores[family].tp
        default.fp += scores[family].fp
        default.fn += scores[family].fn
    benchmark.extra_info["injected widgets (default widget steps)"] = default.as_dict()
    benchmark.extra_info["injected widgets per family"] = {f: s.as_dict() for f, s in scores.items()}
    print(f"\ninjected widgets, widget steps together: P {default.precision:.4f} R {default.recall:.4f} F1 {default.f1:.4f}")
    for family, score in scores.items():
        print(f"  {family:20s} P {score.precision:.4f} R {score.recall:.4f} F1 {score.f1:.4f} ({score.tp + score.fn} injected)")
        for line in sorted(set(misses[family]))[:15]:
            print(f"    missed {line[:140]!r}")
    assert default.f1 >= FLOOR_INJECTED_F1
    for family in [*WIDGET_STEPS, *BLOCK_TEMPLATES]:
        assert scores[family].f1 >= FLOOR_FAMILY_F1, family


@pytest.mark.parametrize("family", sorted(TEMPLATES))
def test_every_template_makes_a_line_of_its_family(family: str) -> None:
    """The templates are sound: each draws a one-line, non-empty widget line."""
    draw = Draw(random.Random(SEED), ["A headline about the budget vote"])
    for template in TEMPLATES[family]:
        line = template(draw)
        assert line.strip() and "\n" not in line


@pytest.mark.parametrize("family", sorted(BLOCK_TEMPLATES))
def test_every_block_template_makes_a_widget_of_lines(family: str) -> None:
    """The block templates are sound: each draws three or more one-line, non-empty lines."""
    draw = Draw(random.Random(SEED), ["A headline about the budget vote"], ["The council approved the new bridge over the river on Tuesday after two years of debate, protest and delay."])
    for template in BLOCK_TEMPLATES[family]:
        for _ in range(20):
            lines = template(draw)
            assert len(lines) >= 3 and all(line.strip() and "\n" not in line for line in lines)
