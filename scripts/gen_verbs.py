#!/usr/bin/env python3
"""Generate the bundled verb dictionary dict/dyad/verbs/NN-*.txt (docs/dictionaries.md, "Verbs and patterns").

Our own work from ordinary English news usage and the CAMEO 1.1b3 code definitions; no peer dictionary is read.
The roots whose sub-codes run in parallel (02 appeal, 03 intent, 10 demand, 12 reject) are generated from one
table of "concepts" (what is asked for, promised, demanded or refused) crossed with the verbs that introduce them;
every other root is written block by block. Each verb block lists lemmas that share every pattern of the block,
so lemma x pattern is always a correct English usage for the code.

Usage: python3 scripts/gen_verbs.py [OUT_DIR]      (default: dict/dyad/verbs next to this script's repo)
The synsets file (synsets.txt) is hand-written and not generated; patterns here use its names.
"""
import os
import re
import sys

# ---------------------------------------------------------------------------------------------- helpers

_ART = re.compile(r'(?<![\w&*+$%^-])(a|an|the|its|their|his|her)\s+')


def clean(p):
    """Drop articles and possessive determiners: words between pattern words may intervene anyway, so determiners
    would only make a pattern stricter (\"lift the sanctions\" vs \"lift sanctions\")."""
    p = re.sub(r'\{\s*(?:(?:a|an|the|its|their)\s*\|\s*)*(?:a|an|the|its|their)\s*\}\s*', '', p)
    p = _ART.sub('', p)
    return re.sub(r'\s+', ' ', p).strip()


class Block:
    def __init__(self, lemmas, code=None, pats=(), comment=None):
        self.lemmas = [l.strip() for l in lemmas.split('|')] if isinstance(lemmas, str) else list(lemmas)
        if code and code.endswith('?') and not code.startswith('010'):
            code = None  # see B(): general verbs carry only their specific patterns
        self.code = code
        self.pats = list(pats)
        self.comment = comment

    def text(self):
        out = []
        if self.comment:
            out += ['# ' + c.strip() for c in self.comment.strip().split('\n')]
        out.append('verb ' + ' | '.join(self.lemmas))
        if self.code:
            out.append('  code ' + self.code)
        seen = set()
        for p, c in self.pats:
            p = clean(p)
            # Canonical form (what `dyad dict decompile` writes): pattern words in lower case, synset names as written.
            p = re.sub(r"(?<![&\w])([A-Za-z][\w'-]*)", lambda m: m.group(1).lower(), p)
            if re.search(r'\{\s*\||\|\s*\||\|\s*\}|\{\s*\}', p):
                raise SystemExit(f'empty alternative after removing determiners: {p!r} in {self.lemmas[0]}')
            if p.count('*') != 1 and not p.startswith('<'):
                raise SystemExit(f'pattern without exactly one verb slot: {p!r} in {self.lemmas[0]}')
            if (p, c) in seen:
                continue
            seen.add((p, c))
            out.append(f'  - {p} => {c}')
        return '\n'.join(out) + '\n'


def B(lemmas, code=None, *pats, comment=None):
    """Block shorthand: pats are (pattern, code) pairs or 'pattern => code' strings."""
    if code and code.endswith('?') and not code.startswith('010'):
        # A subordinate default on a block of general verbs ("buy", "launch") would turn every "X <verb> Y" into an
        # event; such blocks carry only their specific patterns. Verbs of saying keep their subordinate 010.
        code = None
    ps = []
    for p in pats:
        if isinstance(p, str):
            a, c = p.rsplit('=>', 1)
            ps.append((a.strip(), c.strip()))
        elif isinstance(p, tuple):
            ps.append(p)
        else:
            ps.extend(p)
    return Block(lemmas, code, ps, comment)


def P(template, code, items):
    """One pattern per item: template has {x}."""
    return [(template.format(x=x), code) for x in items]


# ---------------------------------------------------------------------------------------------- family tables
# Roots whose sub-codes are parallel: concept -> code per root (02 appeal, 03 intent, 10 demand, 12 reject).
ROOTCODES = {
    'COOP':       {'02': '021', '03': '030', '10': '101', '12': '121'},
    'COOP_MAT':   {'02': '021', '03': '031', '10': '101', '12': '121'},
    'COOP_ECON':  {'02': '0211', '03': '0311', '10': '1011', '12': '1211'},
    'COOP_MIL':   {'02': '0212', '03': '0312', '10': '1012', '12': '1212'},
    'COOP_JUD':   {'02': '0213', '03': '0313', '10': '1013', '12': '121'},
    'COOP_INTEL': {'02': '0214', '03': '0314', '10': '1014', '12': '121'},
    'DIPLO':      {'02': '022', '03': '032', '10': '102', '12': '120'},
    'AID':        {'02': '023', '03': '033', '10': '103', '12': '122'},
    'AID_ECON':   {'02': '0231', '03': '0331', '10': '1031', '12': '1221'},
    'AID_MIL':    {'02': '0232', '03': '0332', '10': '1032', '12': '1222'},
    'AID_HUM':    {'02': '0233', '03': '0333', '10': '1033', '12': '1223'},
    'AID_PK':     {'02': '0234', '03': '0334', '10': '1034', '12': '1224'},
    'REFORM':     {'02': '024', '03': '034', '10': '104', '12': '123'},
    'REF_LEAD':   {'02': '0241', '03': '0341', '10': '1041', '12': '1231'},
    'REF_POLICY': {'02': '0242', '03': '0342', '10': '1042', '12': '1232'},
    'REF_RIGHTS': {'02': '0243', '03': '0343', '10': '1043', '12': '1233'},
    'REF_INST':   {'02': '0244', '03': '0344', '10': '1044', '12': '1234'},
    'YIELD':      {'02': '025', '03': '035', '10': '105', '12': '124'},
    'Y_ADMIN':    {'02': '0251', '03': '0351', '10': '1051', '12': '1241'},
    'Y_DISSENT':  {'02': '0252', '03': '0352', '10': '1052', '12': '1242'},
    'Y_RELEASE':  {'02': '0253', '03': '0353', '10': '1053', '12': '1243'},
    'Y_ECONSANC': {'02': '0254', '03': '0354', '10': '1054', '12': '1244'},
    'Y_INTL':     {'02': '0255', '03': '0355', '10': '1055', '12': '1245'},
    'Y_DEESC':    {'02': '0256', '03': '0356', '10': '1056', '12': '1246'},
    'MEET':       {'02': '026', '03': '036', '10': '106', '12': '125'},
    'SETTLE':     {'02': '027', '03': '037', '10': '107', '12': '127'},
    'MEDIATION':  {'02': '028', '03': '038', '10': '108', '12': '126'},
}
ORDER = list(ROOTCODES)

# What the ADDRESSEE (the target) is asked or told to do: "urged + to ...", "demanded that + ...".
A_INF = {
    'COOP':       ['{cooperate | collaborate | work together | join forces}', '{cooperate | work | partner} with'],
    'COOP_MAT':   ['{expand | deepen | step up} practical cooperation', '{launch | implement | carry out} joint projects'],
    'COOP_ECON':  ['{boost | expand | increase | resume} {trade | investment | economic cooperation}',
                   '{invest in | open its market | open its markets | lower tariffs | reduce tariffs}'],
    'COOP_MIL':   ['{join | support} the {coalition | military alliance | military operation}',
                   '{hold | conduct} &EXERCISES', '{deepen | boost | expand} &MIL_COOP'],
    'COOP_JUD':   ['{extradite | hand over | surrender | arrest} &SUSPECTS',
                   'cooperate with the {investigation | inquiry | court | tribunal | prosecutors}'],
    'COOP_INTEL': ['{share | exchange | provide} {intelligence | information | data | evidence}'],
    'DIPLO':      ['{support | back | endorse | vote for} the {resolution | proposal | initiative | bid | candidacy | motion}',
                   '{recognize | recognise} the {government | state | independence}'],
    'AID':        ['{provide | send | give | deliver | increase | extend} &AID'],
    'AID_ECON':   ['{provide | send | give | extend | increase | disburse} &ECON_AID',
                   '{forgive | cancel | write off | restructure} {debt | debts}'],
    'AID_MIL':    ['{provide | send | supply | deliver | give} {&MIL_AID | &WEAPON}'],
    'AID_HUM':    ['{provide | send | deliver | rush | give | airlift} &HUM_AID'],
    'AID_PK':     ['{send | deploy | contribute | provide} &PEACEKEEPERS',
                   '{provide | guarantee} {protection | security guarantees | a security guarantee}',
                   '{impose | enforce} a no-fly zone'],
    'REFORM':     ['{implement | carry out | undertake | introduce | speed up | pursue} &REFORM'],
    'REF_LEAD':   ['{step down | resign | quit | step aside | leave office | stand down}',
                   '{hand over | relinquish | cede | transfer} power'],
    'REF_POLICY': ['{change | reverse | scrap | repeal | withdraw | revoke | abandon | rethink | reconsider | amend | drop} &POLICY'],
    'REF_RIGHTS': ['{respect | protect | guarantee | uphold | restore | grant | expand} &RIGHTS'],
    'REF_INST':   ['hold &ELECTIONS', '{amend | rewrite | reform} the constitution',
                   '{restore | return to} {democracy | civilian rule | constitutional order}'],
    'YIELD':      ['{back down | give in | make concessions | compromise | show flexibility | yield}'],
    'Y_ADMIN':    ['{lift | ease | relax | remove | end} &RESTRICTIONS', '{lift | end | ease | relax} the &CURFEW',
                   '{lift | end | revoke} the &EMERGENCY', 'restore {internet access | the internet}'],
    'Y_DISSENT':  ['{end | call off | stop | halt | suspend} &PROTEST', '{leave | clear} the streets'],
    'Y_RELEASE':  ['{release | free} &DETAINEES', '{return | hand back | give back} &PROPERTY'],
    'Y_ECONSANC': ['{lift | ease | remove | end | relax | suspend | waive | roll back} &SANCTIONS',
                   'unfreeze {assets | funds}'],
    'Y_INTL':     ['{allow | admit | let in | accept | grant access to} {&INSPECTORS | &AID_AGENCIES}',
                   '{allow | permit | grant} humanitarian access', 'open humanitarian corridors'],
    'Y_DEESC':    ['{withdraw | pull back | pull out} &MILITARY',
                   '{cease fire | de-escalate | exercise restraint | show restraint | stand down}',
                   '{declare | observe | respect | accept} a &CEASEFIRE',
                   '{halt | stop | end} the {fighting | offensive | attacks | hostilities | shelling | bombing | airstrikes}',
                   '{lift | end} the {blockade | siege}', 'lay down {arms | weapons}'],
    'MEET':       ['{hold | resume | open | start | enter | join} &TALKS', 'return to the negotiating table',
                   '{negotiate | meet | sit down}'],
    'SETTLE':     ['{settle | resolve} the {dispute | conflict | crisis | standoff}', '{settle | resolve} differences',
                   '{reach | accept | sign} a &PEACE_DEAL',
                   'find a {peaceful | political | diplomatic | negotiated} {solution | settlement}'],
    'MEDIATION':  ['{accept | agree to} {mediation | arbitration}', 'submit to arbitration'],
}

# What the SOURCE itself would do, with the target where English puts it: "is ready to ...", "refused to ...".
S_INF = {
    'COOP':       ['{cooperate | collaborate | work | partner | work closely} with +', 'join forces with +',
                   '{strengthen | deepen | enhance | boost | promote | expand | improve | advance | consolidate | develop | further} &TIES with +',
                   '{maintain | keep | step up} {communication | contacts | dialogue | coordination} with +',
                   'push forward &TIES with +', 'work together with +'],
    'COOP_MAT':   ['{expand | deepen | step up | strengthen} practical cooperation with +',
                   '{launch | implement | carry out | undertake} {joint projects | joint ventures} with +'],
    'COOP_ECON':  ['{boost | expand | increase | resume | deepen | strengthen | enhance} &ECON_COOP with +',
                   '{invest in | trade with | open its market to | do business with} +'],
    'COOP_MIL':   ['{hold | conduct | stage} &EXERCISES with +',
                   '{deepen | boost | expand | strengthen | enhance} &MIL_COOP with +', 'cooperate militarily with +'],
    'COOP_JUD':   ['{extradite | hand over | surrender} &SUSPECTS to +',
                   '{deepen | strengthen | enhance | expand} &JUD_COOP with +',
                   'cooperate with the {investigation | inquiry | court | tribunal}'],
    'COOP_INTEL': ['{share | exchange} {intelligence | information | data} with +', 'provide {intelligence | information} to +',
                   '{deepen | strengthen | enhance | expand} &INTEL_COOP with +'],
    'DIPLO':      ['{support | back | endorse | stand by} +', '{support | back | endorse} + {bid | candidacy | proposal | initiative}'],
    'AID':        ['{provide | send | give | deliver | extend} &AID to +', 'provide + with &AID', '{help | assist} +'],
    'AID_ECON':   ['{provide | send | give | extend | lend} &ECON_AID to +', 'provide + with &ECON_AID',
                   '{forgive | cancel | write off} + debt', '{fund | finance | bail out} +'],
    'AID_MIL':    ['{provide | send | supply | deliver | give} {&MIL_AID | &WEAPON} to +',
                   '{supply | provide | equip} + with {&MIL_AID | &WEAPON}', 'arm +'],
    'AID_HUM':    ['{provide | send | deliver | rush | airlift} &HUM_AID to +', 'provide + with &HUM_AID'],
    'AID_PK':     ['{send | deploy | contribute} &PEACEKEEPERS to +', '{protect | defend} +', '{provide | guarantee} security for +'],
    'REFORM':     ['{implement | carry out | undertake | introduce | pursue} &REFORM'],
    'REF_LEAD':   ['{step down | resign | step aside | leave office}', '{hand over | relinquish | cede | transfer} power to +',
                   'reshuffle the {cabinet | government}'],
    'REF_POLICY': ['{change | reverse | scrap | repeal | withdraw | revoke | abandon | amend | reconsider} &POLICY'],
    'REF_RIGHTS': ['{respect | protect | guarantee | uphold | restore | grant | expand} &RIGHTS'],
    'REF_INST':   ['hold &ELECTIONS', '{amend | rewrite | reform} the constitution',
                   '{restore | return to} {democracy | civilian rule | constitutional order}'],
    'YIELD':      ['{make concessions | give in | yield} to +', '{meet | accept | accede to | comply with} + demands'],
    'Y_ADMIN':    ['{lift | ease | relax | remove} &RESTRICTIONS on +', '{lift | end | ease} the &CURFEW',
                   '{lift | end | revoke} the &EMERGENCY', 'restore {internet access | the internet}'],
    'Y_DISSENT':  ['{end | call off | suspend | halt | stop} &PROTEST', '{end | call off | suspend} &PROTEST against +'],
    'Y_RELEASE':  ['{release | free} {&DETAINEES | +}', '{return | hand back | give back} &PROPERTY to +'],
    'Y_ECONSANC': ['{lift | ease | remove | end | relax | suspend | waive | roll back} &SANCTIONS {on | against} +',
                   'unfreeze + {assets | funds}'],
    'Y_INTL':     ['{allow | admit | let in | accept} {&INSPECTORS | &PEACEKEEPERS | &AID_AGENCIES}',
                   'grant + {access | inspectors access}', 'allow humanitarian access', 'open humanitarian corridors'],
    'Y_DEESC':    ['{withdraw | pull back | pull out} &MILITARY from +',
                   '{halt | stop | end | suspend} {attacks | airstrikes | strikes | shelling | the offensive} {on | against} +',
                   '{declare | observe | respect} a &CEASEFIRE', '{lift | end | ease} the {blockade | siege} of +',
                   '{cease fire | de-escalate}'],
    'MEET':       ['{meet | meet with | sit down with | talk with | negotiate with} +', '{hold | resume | open | start} &TALKS with +',
                   'return to the negotiating table', 'visit +'],
    'SETTLE':     ['{settle | resolve} the {dispute | conflict | differences} with +', 'make peace with +',
                   '{reach | sign} a &PEACE_DEAL with +', 'end the {conflict | war} with +'],
    'MEDIATION':  ['{accept | agree to} {mediation | arbitration} by +', 'accept + mediation', 'accept {mediation | arbitration}'],
}

# Noun phrases appealed for, demanded, promised or refused ("appealed for ...", "demanded ...", "pledged ...").
NP = {
    'COOP':       '{cooperation | collaboration | partnership | closer ties | stronger ties}',
    'COOP_MAT':   '{practical cooperation | material cooperation | joint projects}',
    'COOP_ECON':  '{investment | economic cooperation | trade cooperation | market access | trade concessions | a trade deal}',
    'COOP_MIL':   '{&MIL_COOP | basing rights | access to bases | joint exercises}',
    'COOP_JUD':   '{the extradition of | extradition | the handover of | &JUD_COOP}',
    'COOP_INTEL': '{intelligence | information | intelligence sharing | evidence}',
    'DIPLO':      '{support | backing | diplomatic support | political support | endorsement | recognition | solidarity}',
    'AID':        '&AID',
    'AID_ECON':   '&ECON_AID',
    'AID_MIL':    '{&MIL_AID | &WEAPON}',
    'AID_HUM':    '&HUM_AID',
    'AID_PK':     '{&PEACEKEEPERS | protection | military protection | security guarantees | a no-fly zone}',
    'REFORM':     '&REFORM',
    'REF_LEAD':   '{&RESIGNATION | new leadership | a change of leadership | leadership change}',
    'REF_POLICY': '{a change in policy | a policy change | a change of policy | the repeal of &POLICY | a reversal of &POLICY | the withdrawal of &POLICY}',
    'REF_RIGHTS': '{&RIGHTS | respect for &RIGHTS}',
    'REF_INST':   '{&ELECTIONS | a new constitution | constitutional reform | a democratic transition | a return to civilian rule}',
    'YIELD':      '{concessions | compromise | flexibility}',
    'Y_ADMIN':    '{the lifting of &RESTRICTIONS | an easing of &RESTRICTIONS | the lifting of the &CURFEW | an end to the &CURFEW | the lifting of the &EMERGENCY | an end to the &EMERGENCY}',
    'Y_DISSENT':  '{an end to &PROTEST | an end to the unrest | calm}',
    'Y_RELEASE':  '{the release of &DETAINEES | the freeing of &DETAINEES | the return of &PROPERTY}',
    'Y_ECONSANC': '{the lifting of &SANCTIONS | sanctions relief | an easing of &SANCTIONS | the removal of &SANCTIONS | an end to &SANCTIONS}',
    'Y_INTL':     '{access for &INSPECTORS | access for &AID_AGENCIES | humanitarian access | unhindered access | humanitarian corridors}',
    'Y_DEESC':    '{a &CEASEFIRE | de-escalation | restraint | the withdrawal of &MILITARY | an end to the fighting | an end to hostilities | a halt to the fighting | the lifting of the blockade | an end to the siege}',
    'MEET':       '{&TALKS | a meeting | a summit}',
    'SETTLE':     '{a &PEACE_DEAL | a peaceful solution | a political solution | a negotiated settlement | a peaceful resolution | an end to the conflict}',
    'MEDIATION':  '{mediation | arbitration | international mediation}',
}


def fam(root, template, table, keys=None):
    """Patterns for every concept of a root; template has {x} for the concept phrase."""
    pats = []
    for k in ORDER:
        if k not in table or root not in ROOTCODES[k] or (keys and k not in keys):
            continue
        items = table[k] if isinstance(table[k], list) else [table[k]]
        for x in items:
            if '+' in template and '+' in x:
                continue
            pats.append((template.format(x=x), ROOTCODES[k][root]))
    return pats


# ---------------------------------------------------------------------------------------------- 01 statement
def root01():
    say = ('say | state | tell | announce | add | note | stress | declare | remark | comment | explain | assert '
           '| emphasize | emphasise | reiterate | point out | underline | underscore | affirm | maintain '
           '| observe | mention | reaffirm | highlight | argue | indicate | make clear | clarify | confirm')
    guarantees = 'sovereignty | security | independence | territorial integrity | defense | defence | democracy'
    return [
        B('reaffirm | reiterate | underscore | underline | affirm | emphasize | emphasise | stress | highlight | restate '
          '| convey | express | voice | pledge | confirm | demonstrate | signal', None,
          '$ * support for + => 051', '$ * solidarity with + => 051',
          f'$ * commitment to + {{{guarantees}}} => 051', f'$ * commitment to {{{guarantees}}} of + => 051',
          '$ * commitment to + => 030', '$ * partnership with + => 030',
          comment='Verbs of saying whose object is support (readouts): the statement\'s content is the event, and these\n'
                  'come before the reported-speech block so that "to Y" does not make them plain statements.\n'
                  'Statements of support: "reaffirmed U.S. support for Y", "underscored solidarity with Y",\n'
                  '"reiterated the commitment to Y\'s sovereignty" endorse Y (051); a commitment to or partnership with Y\n'
                  'otherwise states the intent to keep cooperating (030).'),
        B(say, '010?',
          '$ * to + => 010?', '$ * in a statement to + => 010?', '$ * in a message to + => 010?',
          '$ * in a letter to + => 010?', '$ * during talks with + => 010?', '$ * in talks with + => 010?',
          '$ * during a meeting with + => 010?', '$ * in a phone call with + => 010?',
          comment='Verbs of saying: reported speech. 010 is subordinate (`?`): used only when the reported clause\n'
                  'yields no event of its own and a target is named (issue 4, "Reported speech").'),
        B('tell | brief | inform | assure | remind | write to', '010?', '$ * + => 010?', '$ * + that => 010?',
          comment='Saying to an addressee: the addressee is the target.'),
        B('issue a statement | make a statement | release a statement | publish a statement | issue a communique '
          '| release a communique | hold a press conference | give a press conference | brief reporters '
          '| give an interview | deliver a speech | make remarks | give a speech | post a statement',
          '010', '$ * on + => 010', '$ * about + => 010', '$ * to + => 010', '$ * criticizing + => 111',
          '$ * condemning + => 111', '$ * praising + => 051', '$ * welcoming + => 051',
          '$ * urging + => 020', '$ * calling on + => 020', '$ * accusing + => 112', '$ * supporting + => 051',
          '$ * warning + => 130', '$ * rejecting + => 120', '$ * expressing condolences to + => 018'),
        B('decline to comment | refuse to comment | decline comment | have no comment | decline to discuss '
          '| refuse to discuss | decline to elaborate | decline to confirm | refuse to confirm | decline to say '
          '| decline to give details | remain silent | keep silent | stay silent', '011',
          '$ * on + => 011', '$ * about + => 011', '$ * on + {report | reports | claims | remarks} => 011',
          '$ * when asked about + => 011'),
        B('express concern | voice concern | express pessimism | voice pessimism | express alarm | voice alarm '
          '| express doubt | voice doubt | express skepticism | express scepticism | express worry | voice worry '
          '| be concerned | be worried | be pessimistic | be alarmed | be skeptical | be sceptical | fear',
          '012', '$ * about + => 012', '$ * over + => 012', '$ * at + => 012', '$ * about + {policy | plan | situation | moves | actions} => 012',
          comment='Pessimistic comment (012): concern, doubt or fear voiced about an actor or a situation.'),
        B('warn', '012?', '$ * of {danger | risk | crisis | collapse | famine | catastrophe | disaster | recession} in + => 012',
          '$ * that + {situation | economy | crisis} => 012',
          comment='A warning about a situation is pessimistic comment (012); a warning to an actor of consequences\n'
                  'is a threat (13x, file 13-threaten.txt).'),
        B('express optimism | voice optimism | express hope | voice hope | be optimistic | be hopeful '
          '| express confidence | voice confidence | be confident | see progress | see grounds for optimism',
          '013', '$ * about + => 013', '$ * over + => 013', '$ * about relations with + => 013',
          '$ * about &TALKS with + => 013', '$ * that + => 013', '$ * in + => 013'),
        B('consider | weigh | mull | contemplate | study | review | examine | explore | ponder | debate '
          '| deliberate on | look at | discuss options for | evaluate', '014?',
          '$ * &SANCTIONS {on | against} + => 014', '$ * {measures | steps | options | action | response} against + => 014',
          '$ * {measures | steps | options | response} to + => 014', '$ * &AID to + => 014', '$ * &POLICY => 014',
          '$ * {a | the} {proposal | offer | request | plan | bid} from + => 014', '$ * + {proposal | offer | request | plan | bid} => 014',
          '$ * recognizing + => 014', '$ * {retaliation | retaliatory measures | countermeasures} against + => 014',
          comment='Considering a policy option (014); "study", "review" etc. only with an object naming an option.'),
        B('claim responsibility | take responsibility | accept responsibility | admit responsibility '
          '| acknowledge responsibility | claim credit | own up | bear responsibility', '015',
          '$ * for {attack | bombing | killing | kidnapping | abduction | blast | explosion | assault | strike | raid | shooting} on + => 015',
          '$ * for {attack | bombing | killing | kidnapping | abduction | blast | explosion | assault | strike | raid | shooting} => 015',
          '$ * for + {death | deaths | killing} => 015'),
        B('admit | acknowledge | concede | confess', '015?',
          '$ * {responsibility | involvement | role | mistakes | errors | wrongdoing | guilt} => 015',
          '$ * {carrying out | responsibility for | involvement in | role in} {attack | bombing | strike | raid | killing} on + => 015',
          '$ * {killing | shooting | detaining | arresting | attacking} + => 015'),
        B('deny responsibility | deny involvement | disclaim responsibility | reject responsibility | disavow '
          '| distance itself | distance himself | distance herself | deny any role | deny complicity '
          '| deny wrongdoing | deny any wrongdoing | deny playing a role', '016',
          '$ * for {attack | bombing | killing | blast | explosion | strike | raid | shooting} on + => 016',
          '$ * in {attack | bombing | killing | blast | explosion | strike | raid | shooting} on + => 016',
          '$ * from + => 016'),
        B('deny | reject | dismiss | refute | rebut | brush off | brush aside | shrug off | deny allegations',
          '016?',
          '$ * + {accusation | allegation | charge | claim | report | assertion | suggestion} => 016',
          '$ * {accusation | allegation | charge | claim | report | assertion | suggestion} by + => 016',
          '$ * {accusation | allegation | charge | claim | report | assertion | suggestion} from + => 016',
          '$ * {involvement | responsibility | role | complicity | wrongdoing} => 016',
          '$ * {attacking | targeting | shelling | bombing | killing | arming | supporting | spying on | hacking} + => 016',
          comment='Denying an accusation or responsibility is 016; denying a request is 12x (12-reject.txt).'),
        B('lay a wreath | light candles | light a candle | observe a moment of silence | hold a moment of silence '
          '| plant a tree | hold a ceremony | hold a memorial | hold a vigil | pay tribute | pay homage '
          '| commemorate | mourn | hoist a flag | raise a flag | unveil a monument | unveil a memorial '
          '| award a medal | ring a bell | lower flags to half-mast | fly flags at half-mast | hold a minute of silence', '017',
          '$ * to + => 017', '$ * for + => 017', '$ * in honour of + => 017', '$ * in honor of + => 017',
          '$ * at + {memorial | monument | embassy | grave | tomb | cemetery} => 017',
          comment='Symbolic acts (017).'),
        B('express condolences | offer condolences | send condolences | extend condolences | convey condolences '
          '| express sympathy | offer sympathy | send a message of condolence | send a message of sympathy '
          '| express sorrow | express grief | sympathize | sympathise | commiserate | express solidarity '
          '| send sympathies | express sadness | offer thoughts and prayers | send get-well wishes', '018',
          '$ * to + => 018', '$ * with + => 018', '$ * to + over => 018', '$ * to + after => 018',
          '$ * to + on => 018', '$ * to + {people | government | families | victims} => 018',
          comment='Empathetic comment (018).'),
        B('agree | concur | share views | share the view | see eye to eye | reach consensus | reach a consensus '
          '| reach common understanding | share a common position | share a position | share the position '
          '| have identical views | have similar views | hold similar views | express agreement | voice agreement '
          '| express accord | be of one mind', '019',
          '$ * with + => 019', '$ * with + on => 019', '$ * with + that => 019', '% * => 019',
          '$ * with + {assessment | position | view | stance | approach} => 019',
          comment='Express accord (019): agreeing with another actor\'s position ("reached consensus on", "shared\n'
                  'views"). `%` codes a compound subject ("the two sides reached consensus") as both directions.'),
        B('echo | endorse the view of | agree with | concur with | share', '019?', '$ * + {view | views | position | concern | concerns | assessment} => 019'),
    ]


# ---------------------------------------------------------------------------------------------- 02 appeal
def root02():
    urge_to = ('urge | call on | call upon | appeal to | ask | press | implore | exhort | encourage | request '
               '| plead with | entreat | beseech | prod | nudge | push | make an appeal to | make the appeal to '
               '| renew calls on | renew its call on | lobby')
    ask_for = ('appeal for | call for | ask for | request | seek | plead for | press for | push for | lobby for '
               '| make an appeal for | issue an appeal for | launch an appeal for | renew calls for | renew its call for '
               '| make a request for | submit a request for | clamor for | clamour for | campaign for')
    ask_obj_for = 'ask | press | urge | appeal to | call on | lobby | petition | approach | turn to | look to'
    return [
        Block(urge_to.split(' | '), '020',
              [('$ * +', '020')] + fam('02', '$ * + to {x}', A_INF),
              comment='Appeals to an addressee to act: "X urged/called on Y to ..." (X -> Y). One pattern per concept\n'
                      'the CAMEO 02x sub-codes distinguish. "called on Y" alone is 020.'),
        Block(ask_for.split(' | '), '020?', fam('02', '$ * {x}', NP) + fam('02', '$ * {x} from +', NP)
              ,
              comment='Appeals for something: "X called for a ceasefire" (target from context or a later actor);\n'
                      '"X sought aid from Y" (X -> Y).'),
        Block(ask_obj_for.split(' | '), '020', fam('02', '$ * + for {x}', NP),
              comment='"X asked Y for aid", "X pressed Y for the release of ..."'),
        Block(['urge', 'call for', 'appeal for', 'push for', 'press for'], '020?',
              [('$ * {dialogue | talks | negotiations} between +', '026'),
               ('$ * {restraint | calm} {from | by} +', '0256'), ('$ * {restraint | calm} on + part', '0256'),
               ('$ * + restraint', '0256'), ('$ * {peaceful | political | diplomatic} solution to + {conflict | crisis | dispute}', '027'),
               ('$ * + {mediation | good offices}', '028'), ('$ * + support', '022'), ('$ * + help', '023'),
               ('$ * + {resignation | ouster | removal}', '0241'), ('$ * + {withdrawal | pullout | pull-out}', '0256'),
               ('$ * + {release | return}', '0253')]),
        B('make an appeal | make the appeal | issue an appeal | launch an appeal | make a plea | issue a plea '
          '| make a request | issue a call | renew an appeal | renew the appeal | voice an appeal | send an appeal',
          '020', '$ * to + => 020', '$ * to + for => 020', '$ * on behalf of + => 020',
          '$ * {in | during} {a phone conversation | a phone call | a telephone conversation | a telephone call | talks | a meeting | a video call} with + => 020',
          comment='Light-verb appeals ("made the appeal", "issued a call"): the phrase is the verb; the concept, when\n'
                  'named, comes from the same sentence\'s family patterns above.'),
        Block(['make an appeal', 'make the appeal', 'issue an appeal', 'make a plea', 'issue a call', 'renew the appeal'],
              '020', fam('02', '$ * to + to {x}', A_INF) + fam('02', '$ * for {x}', NP)),
        B('appeal | plead | petition', '020', '$ * to + => 020', '$ * with + => 020', '$ * + => 020'),
        B('invite', '020?', '$ * + to {visit | come to | travel to} => 020',
          '$ * + to {talks | a meeting | a summit | negotiations | the negotiating table} => 026',
          '$ * + to {join | take part in | participate in} &TALKS => 026',
          '$ * + to {mediate | act as mediator} => 028',
          comment='Invitations are appeals (to visit: 020; to talks: 026).'),
    ]


# ---------------------------------------------------------------------------------------------- 03 intent
def root03():
    intent_inf = ('be ready to | be willing to | be prepared to | stand ready to | promise to | pledge to | vow to '
                  '| offer to | agree to | intend to | plan to | expect to | hope to | seek to | want to | wish to '
                  '| aim to | be determined to | undertake to | be eager to | be keen to '
                  '| express willingness to | express readiness to | express its readiness to '
                  '| resolve to | decide to | be set to')
    offer_np = 'offer | promise | pledge | propose | commit | vow | guarantee | announce plans for'
    return [
        Block(intent_inf.split(' | '), '030', [('$ * +', '030')] + fam('03', '$ * {x}', S_INF),
              comment='Intent with an infinitive: "China is ready to strengthen communication with Canada" (CHN -> CAN\n'
                      '030). One pattern per concept of the 03x sub-codes; the target is where English puts it.'),
        Block(intent_inf.split(' | '), '030',
              [('$ * {mediate | act as mediator | act as a mediator | broker talks | facilitate talks | use its good offices} between +', '039'),
               ('$ * {mediate | act as mediator | broker a deal | broker a ceasefire | facilitate dialogue} in + {conflict | dispute | crisis | war}', '039'),
               ('$ * {mediate | act as mediator | help mediate | play a mediating role}', '039'),
               ('$ * {host | facilitate} &TALKS between +', '039')],
              comment='Intent to mediate (039).'),
        Block(offer_np.split(' | '), '030?', fam('03', '$ * {x} to +', NP),
              comment='Offers and pledges of a thing: "X pledged aid to Y", "X offered Y talks". CAMEO codes a pledge\n'
                      'of aid as intent to provide it (033x); the delivery is 07x.'),
        Block(['offer', 'promise', 'pledge'], '030?', fam('03', '$ * + {x}', NP),
              comment='Double-object offers: "X offered Y talks", "X promised Y support".'),
        Block(offer_np.split(' | '), '030?',
              [('$ * {mediation | good offices | to mediate} {between | to} +', '039'),
               ('$ * {mediation | good offices} in + {conflict | dispute | crisis}', '039'),
               ('$ * &CURRENCY to +', '0331'), ('$ * + &CURRENCY', '0331'),
               ('$ * {loan | loans | credit | grant | grants} worth to +', '0331')]),
        B('strengthen | deepen | enhance | boost | promote | expand | improve | advance | consolidate | develop '
          '| further | push forward | step up | upgrade | bolster | broaden | intensify | elevate | foster | cement',
          '030?', '$ * &TIES with + => 030', '$ * &TIES between + => 030', '$ * + ties => 030',
          '$ * &ECON_COOP with + => 0311', '$ * &MIL_COOP with + => 0312', '$ * &JUD_COOP with + => 0313',
          '$ * &INTEL_COOP with + => 0314', '$ * practical cooperation with + => 031',
          '% * &TIES => 030', '% * &ECON_COOP => 0311', '% * &MIL_COOP => 0312',
          comment='Improving ties, as news reports it ("agreed to deepen ties", "will strengthen communication with"):\n'
                  'coded as intent to cooperate (030 and its economic/military/judicial/intelligence sub-codes), because\n'
                  'such clauses state a commitment rather than report a material act (dyad reference story).'),
        B('provide strategic guidance | provide guidance | give strategic guidance | provide political guidance '
          '| chart the course | set the direction | map out the future | draw a blueprint | draw up a blueprint '
          '| lay out a roadmap | agree on a roadmap', None,
          '% * {for | on} {improving | developing | advancing | strengthening | deepening | growing} &TIES => 030',
          '$ * {for | on} {improving | developing | advancing | strengthening | deepening} &TIES with + => 030',
          '% * for &TIES => 030', '$ * for &TIES with + => 030',
          comment='Leaders giving direction to relations ("provided strategic guidance on improving and developing\n'
                  'China-Canada relations"): intent to cooperate (030).'),
        B('look forward to | be committed to | commit to | be open to | be dedicated to', '030?',
          '$ * {working | cooperating | partnering} with + => 030', '$ * {strengthening | deepening | enhancing | expanding | improving} &TIES with + => 030',
          '$ * {meeting | meeting with | talks with | negotiating with | talking with} + => 036',
          '$ * {visiting | a visit to} + => 036', '$ * {dialogue | negotiations} with + => 036',
          '$ * {settling | resolving} {dispute | differences} with + => 037', '$ * {providing | sending} &AID to + => 033',
          '$ * {mediation | arbitration} => 038'),
        B('agree to meet | agree to talks | agree to hold talks | agree to negotiate | agree to sit down | accept an invitation '
          '| accept the invitation | accept an offer of talks | agree to resume talks | agree to a meeting | agree to a summit',
          '036', '$ * with + => 036', '$ * from + => 036', '$ * to visit + => 036', '$ * + => 036',
          comment='Agreement to meet is intent to meet (036); the meeting itself is 04x.'),
        B('offer to mediate | offer mediation | offer its good offices | volunteer to mediate | propose to mediate '
          '| offer to broker | offer to host talks', '039', '$ * between + => 039', '$ * in + {conflict | dispute | crisis | war} => 039',
          '$ * to + => 039', '$ * + => 039'),
        B('accept mediation | agree to mediation | welcome mediation | accept arbitration | agree to arbitration '
          '| accept an offer of mediation | accept the mediation offer', '038', '$ * by + => 038', '$ * from + => 038',
          '$ * + offer => 038', '$ * of + => 038'),
        B('agree to a ceasefire | accept a ceasefire | agree to a truce | accept a truce | agree to withdraw '
          '| agree to pull back | agree to de-escalate | agree to halt fighting', '0356', '$ * with + => 0356',
          '$ * from + => 0356', '$ * in + => 0356'),
        B('agree to release | promise to free | agree to free | agree to a prisoner swap | agree to a prisoner exchange',
          '0353', '$ * + => 0353', '$ * &DETAINEES => 0353', '$ * with + => 0353'),
    ]


# ---------------------------------------------------------------------------------------------- 04 consult
def root04():
    sidelines = ['on the sidelines of', 'on the margins of', 'on the sidelines', 'at the summit', 'at a summit',
                 'at the {conference | forum | meeting | gathering | assembly | session}', 'in a third country',
                 'in {Geneva | Vienna | Doha | Muscat | Oslo | Istanbul | Riyadh | Jeddah | Abu Dhabi | Cairo | Singapore | Helsinki}']
    speak_adverbs = ['today', 'yesterday', 'tonight', 'again', 'separately', 'earlier', 'recently', 'also', 'directly',
                     'briefly', 'virtually', 'jointly', 'this_morning', 'this_afternoon', 'this_evening', 'this_week',
                     'last_week', 'on_monday', 'on_tuesday', 'on_wednesday', 'on_thursday', 'on_friday', 'on_saturday',
                     'on_sunday']
    return [
        B('consult | confer | hold consultations | hold discussions | have discussions | exchange views '
          '| exchange opinions | compare notes | discuss | talk | have talks | hold a dialogue | conduct consultations '
          '| hold a meeting | have a meeting | huddle | sit down | get together',
          '040', '$ * with + => 040', '$ * with + on => 040', '$ * with + about => 040', '% * => 040',
          comment='Consultation and meetings not specified below (040). "met with" without a place is 040.'),
        B('consult | meet | meet with | confer with | sit down with | talk with | talk to | speak with | speak to', '040', '$ * + => 040',
          '$ * + on => 040', '$ * + about => 040', '$ * + to discuss => 040'),
        B('hold talks | hold a meeting | have a meeting | hold a bilateral meeting | sit down | confer | hold a summit '
          '| hold summit talks | have talks | talk | meet | hold a pivotal meeting | hold a landmark meeting '
          '| hold a face-to-face meeting | hold an in-person meeting | hold a one-on-one meeting', '040',
          '$ * with + => 040', '% * => 040',
          *[f'$ * with + {s} => 044' for s in sidelines], *[f'% * {s} => 044' for s in sidelines],
          comment='Meetings: with a partner 040; at a third location (the summit, the sidelines of a gathering) 044.'),
        B('meet | meet with', '040', *[f'$ * + {s} => 044' for s in sidelines]),
        B('speak | talk', None, *[f'$ * {w}_with + => 040' for w in speak_adverbs],
          *[f'$ * {w}_with + => 041' for w in ('by_phone', 'by_telephone', 'over_the_phone', 'on_the_phone', 'by_video_call',
                                                'by_videoconference', 'via_videoconference', 'via_video_link')],
          comment='"spoke today with", "talked again with", "spoke yesterday by phone with" (readouts): an adverb of time\n'
                  'or manner between the verb and "with". Not plain "$ * with +": "spoke about the war with Russia" is no\n'
                  'consultation.'),
        B('speak by phone | speak by telephone | talk by phone | talk by telephone | speak on the phone '
          '| talk on the phone | speak over the phone | talk over the phone | hold a phone conversation '
          '| have a phone conversation | hold a telephone conversation | have a telephone conversation '
          '| hold phone talks | hold telephone talks | have phone talks | have a phone call | hold a phone call '
          '| have a telephone call | make a phone call | hold a video call | have a video call | hold a video conference '
          '| hold a videoconference | hold a virtual meeting | hold virtual talks | talk via video link '
          '| speak via video link | hold a video link meeting | exchange phone calls | hold a call', '041',
          '$ * with + => 041', '$ * with + on => 041', '$ * with + about => 041', '% * => 041', '$ * to + => 041',
          comment='Discuss by telephone (041), and video calls, which CAMEO 1.1b3 predates but which are the same\n'
                  'remote consultation.'),
        B('phone | telephone | ring | call | video-call', None, '$ * + by phone => 041', '$ * + on the phone => 041',
          '$ * + to discuss => 041', '$ * + to {congratulate | thank | express} => 041',
          comment='"called Y" is 041 only with a telephone cue; "called Y a ...", "called on Y", "called for" are not calls.'),
        B('phone | telephone', '041', '$ * + => 041'),
        B('hold | have | make | conduct | receive | arrange | set up', None, '$ * &PHONECALL with + => 041', '% * &PHONECALL => 041',
          '$ * &PHONECALL from + => 041', '$ * &PHONECALL to + => 041',
          comment='Light verbs with a phone-call noun ("held a phone conversation with", "had a video call with").'),
        B('hold | have | convene | chair | attend', None, '$ * &MEETING with + => 040', '% * &MEETING => 040',
          *[f'$ * &MEETING with + {s} => 044' for s in sidelines], *[f'% * &MEETING {s} => 044' for s in sidelines],
          comment='Light verbs with a meeting noun ("held a meeting with", "had talks with").'),
        B('receive a phone call | receive a call | take a phone call | take a call | receive a telephone call '
          '| get a phone call | get a call', '041', '$ * from + => 041'),
        B('visit | pay a visit | make a visit | pay an official visit | pay a state visit | make an official visit '
          '| make a state visit | make a trip | travel | fly | go | head | arrive | land | tour | begin a visit '
          '| start a visit | wrap up a visit | conclude a visit | end a visit | be on a visit | make a stop '
          '| stop over | make a working visit | pay a working visit | undertake a visit | embark on a visit '
          '| make a two-day visit | make a three-day visit | kick off a visit | set off', None,
          comment='Visits (042:043 paired: the visitor -> the host 042, the host -> the visitor 043).'),
        Block(['visit', 'tour'], '042:043', [('$ * +', '042:043'), ('$ * + for talks', '042:043'),
                                             ('$ * + to meet', '042:043'), ('$ * + at the invitation of', '042:043')]),
        Block(['pay a visit', 'make a visit', 'pay an official visit', 'pay a state visit', 'make an official visit',
               'make a state visit', 'make a trip', 'travel', 'fly', 'go', 'head', 'begin a visit', 'start a visit',
               'wrap up a visit', 'conclude a visit', 'end a visit', 'be on a visit', 'make a working visit',
               'pay a working visit', 'undertake a visit', 'embark on a visit', 'kick off a visit'],
              None, [('$ * to +', '042:043'), ('$ * to + for talks', '042:043'), ('$ * to + at the invitation of', '042:043')]),
        Block(['arrive', 'land', 'make a stop', 'stop over', 'touch down'], None,
              [('$ * in +', '042:043'), ('$ * in + for talks', '042:043'), ('$ * in + on a visit', '042:043')]),
        B('roll out the red carpet for | give a welcome to | lay on a welcome for | hold a welcoming ceremony for '
          '| hold a welcome ceremony for | give a state banquet for | host a state banquet for | host a state dinner for '
          '| give an official welcome to | extend a warm welcome to', '043:042'),
        B('hold talks with | meet with | meet | confer with', None, '$ * visiting + => 043:042'),
        B('host | receive | welcome | greet | play host to | entertain', None,
          '$ * visiting + => 043:042', '$ * + in {the capital | Beijing | Moscow | Washington | the White House | the Kremlin | Downing Street} => 043:042',
          '$ * + on a visit => 043:042', '$ * + on first visit => 043:042', '$ * + for talks => 043:042',
          '$ * + at {residence | palace | office | official residence} => 043:042',
          '$ * + to {the capital | the country | the White House | the Kremlin | Washington | the Department '
          '| the State Department} => 043:042',
          comment='Hosting a visit (043:042 paired). "hosted Y" alone is 043 (block below).'),
        B('receive | host | play host to', '043:042'),
        B('host | play host to', '043:042', '$ * &TALKS between + => 045', '$ * &TALKS with + => 043:042'),
        B('receive a visit | receive a delegation | host a delegation | welcome a delegation | host a visit', '043',
          '$ * from + => 043:042', '$ * led by + => 043:042'),
        B('mediate | broker | arbitrate | act as mediator | act as a mediator | serve as mediator '
          '| play a mediating role | use its good offices | conduct shuttle diplomacy '
          '| help broker | help mediate | oversee talks | sponsor talks', '045',
          '$ * between + => 045', '$ * between + and => 045', '$ * in + {conflict | dispute | crisis | war} => 045',
          '$ * &TALKS between + => 045', '$ * &PEACE_DEAL between + => 045', '$ * &CEASEFIRE between + => 045',
          '$ * &AGREEMENT between + => 045', '$ * {dispute | conflict | crisis} between + => 045',
          comment='Mediate (045): the mediator is the source, each party a target.'),
        B('negotiate | bargain | haggle | hold negotiations | conduct negotiations | engage in negotiations '
          '| enter into negotiations | enter negotiations | open negotiations | begin negotiations | start negotiations '
          '| resume negotiations | resume talks | hold peace talks | conduct talks | hold a round of talks '
          '| hold another round of talks | hold indirect talks | hold direct talks | hold proximity talks '
          '| hold peace negotiations | continue talks | continue negotiations | hammer out | thrash out', '046',
          '$ * with + => 046', '$ * with + on => 046', '$ * with + over => 046', '% * => 046',
          '$ * &AGREEMENT with + => 046', '$ * &PEACE_DEAL with + => 046', '$ * &CEASEFIRE with + => 046',
          comment='Engage in negotiation (046).'),
        B('hold talks | have talks | hold consultations', '040', '$ * with + on &AGREEMENT => 046',
          '$ * with + on &PEACE_DEAL => 046', '$ * with + on &CEASEFIRE => 046', '$ * with + on {trade | tariffs | a deal | the deal} => 046'),
    ]


# ---------------------------------------------------------------------------------------------- 05 diplomatic cooperation
def root05():
    praise = ('praise | commend | hail | laud | applaud | salute | congratulate | compliment | extol | acclaim '
              '| speak highly of | express appreciation for | voice appreciation for | express gratitude to '
              '| thank | pay tribute to | heap praise on | lavish praise on | single out for praise | honor | honour '
              '| express admiration for | give credit to | credit | appreciate | value | welcome | endorse | back '
              '| express support for | voice support for | support | throw its weight behind | throw his weight behind '
              '| get behind | stand by | stand with | side with | champion')
    praise_obj = ('{decision | efforts | effort | role | contribution | leadership | initiative | proposal | stance '
                  '| position | move | policy | commitment | work | achievements | progress | cooperation | support | restraint}')
    return [
        Block(praise.split(' | '), '051', [('$ * +', '051'), (f'$ * + {praise_obj}', '051'), ('$ * + for', '051'),
                                           (f'$ * {praise_obj} of +', '051'), (f'$ * {praise_obj} by +', '051')],
              comment='Praise or endorse (051): "hailed Y", "welcomed Y\'s decision", "backed Y\'s proposal".'),
        B('defend | stand up for | come to the defense of | come to the defence of | speak up for | speak out for '
          '| vouch for | justify | rally to the defense of | rally to the defence of | stick up for | leap to the defense of '
          '| jump to the defense of | defend the right of | shield', '052',
          '$ * + => 052', f'$ * + {praise_obj} => 052', '$ * + against {criticism | accusations | charges | allegations | critics} => 052',
          comment='Defend verbally (052). Military protection is 074 (07-aid.txt).'),
        B('rally support | drum up support | mobilize support | mobilise support | garner support | build support '
          '| muster support | seek support | canvass support | win support | marshal support | lobby | campaign '
          '| gather support | enlist support | build a coalition', None,
          '$ * for + => 053', '$ * on behalf of + => 053', '$ * behind + => 053', '$ * for + {bid | candidacy | proposal | cause | position} => 053',
          comment='Rally support on behalf of another actor (053).'),
        B('rally behind | rally around | rally round | unite behind | close ranks behind | line up behind', '053', '$ * + => 053'),
        B('recognize | recognise | grant recognition to | extend recognition to | accord recognition to '
          '| establish diplomatic relations | establish diplomatic ties | establish relations | restore diplomatic relations '
          '| restore diplomatic ties | restore relations | restore ties | resume diplomatic relations | resume diplomatic ties '
          '| normalize relations | normalise relations | normalize ties | normalise ties | reestablish diplomatic relations '
          '| re-establish diplomatic relations | upgrade diplomatic relations | upgrade relations | upgrade ties '
          '| open diplomatic relations | forge diplomatic ties | reopen its embassy | reopen an embassy | open an embassy '
          '| accredit | exchange ambassadors | name an ambassador | appoint an ambassador | send an ambassador | return its ambassador', '054',
          comment='Grant diplomatic recognition (054): recognition, establishing or restoring relations, embassies.'),
        Block(['recognize', 'recognise', 'grant recognition to', 'extend recognition to', 'accord recognition to', 'accredit'],
              '054', [('$ * +', '054'), ('$ * + {independence | sovereignty | government | statehood | state}', '054'),
                      ('$ * {independence | sovereignty | statehood} of +', '054')]),
        Block(['establish diplomatic relations', 'establish diplomatic ties', 'establish relations', 'restore diplomatic relations',
               'restore diplomatic ties', 'restore relations', 'restore ties', 'resume diplomatic relations', 'resume diplomatic ties',
               'normalize relations', 'normalise relations', 'normalize ties', 'normalise ties', 'reestablish diplomatic relations',
               're-establish diplomatic relations', 'upgrade diplomatic relations', 'upgrade relations', 'upgrade ties',
               'open diplomatic relations', 'forge diplomatic ties', 'exchange ambassadors'],
              '054', [('$ * with +', '054'), ('% *', '054')]),
        Block(['reopen its embassy', 'reopen an embassy', 'open an embassy', 'name an ambassador', 'appoint an ambassador',
               'send an ambassador', 'return its ambassador'], '054', [('$ * in +', '054'), ('$ * to +', '054')]),
        B('apologize | apologise | say sorry | express regret | offer an apology | issue an apology | make an apology '
          '| extend an apology | tender an apology | express remorse | offer apologies | send an apology | beg forgiveness '
          '| ask forgiveness | ask for forgiveness | seek forgiveness | express contrition', '055',
          '$ * to + => 055', '$ * to + for => 055', '$ * to + over => 055', '$ * from + => 055', '$ * for {attack | killing | incident | remarks | comments} on + => 055',
          comment='Apologize (055).'),
        B('forgive | absolve | exonerate | reconcile | make amends | bury the hatchet | let bygones be bygones '
          '| grant amnesty to | extend amnesty to | offer amnesty to | accept the apology of | accept an apology', '056',
          '$ * + => 056', '$ * + for => 056', '$ * with + => 056',
          comment='Forgive (056). Releasing a pardoned prisoner is also 0841 (08-yield.txt).'),
        B('sign | ink | conclude | seal | finalize | finalise | ratify | initial | clinch | strike | reach | agree | close '
          '| formalize | formalise | enter into | sign off on | put pen to | approve | co-sign | countersign', '057?',
          '$ * &AGREEMENT with + => 057', '$ * &AGREEMENT between + => 057', '% * &AGREEMENT => 057',
          '$ * &PEACE_DEAL with + => 057', '% * &PEACE_DEAL => 057', '$ * &CEASEFIRE with + => 057', '% * &CEASEFIRE => 057',
          '$ * + {agreement | accord | deal | treaty | pact} => 057',
          comment='Sign formal agreement (057): signing, ratifying, concluding or reaching an agreement, treaty, deal.'),
        B('sign an agreement | sign a deal | sign a treaty | sign a memorandum of understanding | sign an accord '
          '| sign a pact | sign a contract | sign a joint declaration | sign a joint statement | sign a cooperation agreement '
          '| sign agreements | sign deals | ink a deal | seal a deal | strike a deal | reach a deal | reach an agreement '
          '| conclude an agreement | conclude a treaty | clinch a deal | sign a peace deal | sign a peace agreement '
          '| sign a ceasefire agreement | sign a trade deal | sign a free trade agreement | sign a defense pact '
          '| sign a security pact | sign a communique | issue a joint communique | issue a joint statement '
          '| adopt a joint declaration', '057', '$ * with + => 057', '% * => 057', '$ * between + => 057'),
        B('cooperate diplomatically | coordinate positions | coordinate | align positions | harmonize positions '
          '| act in concert | join hands | co-sponsor | cosponsor | present a united front | work together', '050',
          '$ * with + => 050', '$ * with + at the {UN | United Nations | Security Council | summit} => 050', '% * => 050',
          comment='Diplomatic cooperation not specified below (050).'),
        B('join | vote with | vote alongside | work with | side with', '050?',
          '$ * + in {calling for | condemning | urging | demanding | opposing | supporting} => 050',
          '$ * + at the {UN | United Nations | Security Council | summit} => 050'),
        B('mend | repair | warm | reset | thaw | patch up | rebuild | revive', '050', '% * &TIES => 050',
          '$ * &TIES with + => 050', '$ * + {ties | relations} => 050',
          comment='Repairing relations ("mended ties with") is diplomatic cooperation (050). Verbs of improving ties\n'
                  '("strengthen", "deepen") are coded as intent, 030 (03-intent.txt), as news uses them.'),
        B('vote for | vote in favor of | vote in favour of | back | support | endorse | sponsor', '051',
          '$ * + {resolution | motion | bid | candidacy | membership | application | candidate | nomination} => 051',
          '$ * {resolution | motion} {on | backing | supporting} + => 051', '$ * + {admission | accession | entry} => 051'),
        B('invite | admit | accept | welcome', '050?', '$ * + {to join | into | as a member of | as member} => 050',
          '$ * + {membership | accession | admission} => 050'),
    ]


# ---------------------------------------------------------------------------------------------- 06 material cooperation
def root06():
    return [
        B('cooperate | collaborate | partner | team up | join forces | work jointly | work hand in hand | pool resources '
          '| launch a joint project | carry out a joint project | build jointly | develop jointly | jointly develop '
          '| jointly build | launch a joint venture | form a joint venture | set up a joint venture | co-produce', '060',
          '$ * with + => 060', '% * => 060', '$ * with + on => 060', '$ * with + in => 060',
          comment='Material cooperation not specified below (060).'),
        B('trade | do business | boost trade | increase trade | expand trade | resume trade | deepen trade '
          '| step up trade | barter | open trade | negotiate a trade deal '
          '| cooperate economically | cooperate on trade | cooperate on energy | cooperate on investment '
          '| expand economic cooperation | boost economic cooperation | deepen economic cooperation '
          '| expand investment | boost investment | increase investment | step up investment | cooperate financially '
          '| conduct trade | carry out trade | settle trade', '061',
          '$ * with + => 061', '% * => 061', '$ * with + in &CURRENCY => 061', '$ * with + on => 061',
          comment='Cooperate economically (061): trade, investment, joint economic projects.'),
        B('invest | pour money | plough money | plow money | put money | invest billions | pump money | inject capital '
          '| make investments | buy stakes | buy a stake | acquire stakes', '061', '$ * in + => 061',
          '$ * in + {company | companies | economy | infrastructure | projects | sector | industry} => 061'),
        B('sell oil | export oil | supply gas | supply oil | supply energy | sell gas | export gas | sell grain '
          '| export goods | sell goods | supply electricity | export LNG | sell LNG', '061', '$ * to + => 061'),
        B('buy oil | import oil | buy gas | import gas | buy grain | import grain | import goods | buy goods '
          '| import LNG | buy LNG | buy soybeans | import electricity', '061', '$ * from + => 061'),
        B('buy | purchase | import | sell | export | ship | supply | deliver', '061?',
          '$ * {oil | gas | grain | wheat | coal | energy | goods | products | LNG | electricity | soybeans | crude | rice | corn | iron ore | copper | rare earths | chips | semiconductors} {from | to} + => 061',
          '$ * {oil | gas | grain | wheat | coal | energy | goods | products | LNG | electricity | soybeans | crude} worth {from | to} + => 061',
          '$ * + {oil | gas | grain | goods | products | exports | LNG | crude} => 061',
          comment='Buying from and selling to another actor is economic cooperation (061); arms are 062 below.'),
        B('open its market | open its markets | open markets | grant market access | give market access '
          '| grant most-favored-nation status | grant most-favoured-nation status | open its economy', '061',
          '$ * to + => 061', '$ * for + => 061'),
        B('lower tariffs | cut tariffs | reduce tariffs | scrap tariffs | remove tariffs | eliminate tariffs | waive tariffs '
          '| cut duties | lower duties', '061', '$ * on + {goods | products | imports | exports} => 061',
          '$ * on {goods | products | imports} from + => 061', '$ * for + => 061'),
        B('hold joint exercises | hold a joint exercise | conduct joint exercises | stage joint exercises | hold joint drills '
          '| conduct joint drills | stage joint drills | hold military exercises | hold war games | conduct joint patrols '
          '| hold joint patrols | carry out joint patrols | fight alongside | deploy alongside | train alongside '
          '| conduct joint operations | carry out joint operations | launch joint operations | cooperate militarily '
          '| cooperate on defense | cooperate on defence | cooperate on security | form a military alliance '
          '| forge a military alliance | coordinate militarily | share a base | host joint exercises', '062',
          '$ * with + => 062', '% * => 062', '$ * alongside + => 062', '$ * together with + => 062',
          comment='Cooperate militarily (062): exercises, joint operations, basing, arms sales.'),
        B('hold | conduct | stage | carry out | launch | begin | start | host | take part in | join | participate in', '062?',
          '$ * &EXERCISES with + => 062', '$ * &EXERCISES {alongside | together with} + => 062', '% * &EXERCISES => 062',
          '$ * {joint operations | joint operation | joint patrols | joint patrol | joint missions} with + => 062'),
        B('sell | supply | export | ship | deliver | transfer', '062?', '$ * &WEAPON to + => 062', '$ * + &WEAPON => 062',
          '$ * {arms | weapons | weaponry | military equipment | military hardware | fighter jets | missiles | drones} worth to + => 062',
          comment='Arms sales are military cooperation (062); gifts of weapons are military aid (072).'),
        B('buy | purchase | acquire | import | order | procure', '062?', '$ * &WEAPON from + => 062',
          '$ * + &WEAPON => 062', '$ * {arms | weapons | military equipment} from + => 062'),
        B('grant basing rights | give basing rights | give access to bases | grant access to bases | open its airspace '
          '| open its bases | grant overflight rights | give overflight rights', '062', '$ * to + => 062', '$ * for + => 062'),
        B('host troops | host forces | host a base | welcome troops | accept troops', '062', '$ * from + => 062',
          '$ * of + => 062'),
        B('extradite | hand over | surrender | transfer', '063?', '$ * &SUSPECTS to + => 063',
          '$ * + {suspect | suspects | fugitive | fugitives} to => 063',
          comment='Judicial cooperation (063): extradition and handover of suspects (the receiving state is the target).'),
        B('extradite', '063', '$ * + => 063', '$ * to + => 063'),
        B('sign an extradition treaty | conduct a joint investigation | carry out a joint investigation '
          '| launch a joint investigation | set up a joint investigation team | cooperate on law enforcement '
          '| cooperate on drug control | cooperate on counter-narcotics | cooperate judicially | cooperate on extradition '
          '| cooperate against organized crime | cooperate against organised crime | cooperate in the investigation', '063',
          '$ * with + => 063', '% * => 063'),
        B('cooperate with the investigation | assist the investigation | assist in the investigation | help the investigation '
          '| cooperate with the probe | cooperate with the inquiry | assist with the inquiry', '063',
          '$ * by + => 063', '$ * {led by | conducted by | opened by} + => 063'),
        B('cooperate with prosecutors | cooperate with investigators | cooperate with police | hand over evidence', '063',
          '$ * from + => 063', '$ * of + => 063'),
        B('provide legal assistance | provide judicial assistance | extradite suspects | hand over suspects | extradite fugitives '
          '| execute an arrest warrant for | enforce an arrest warrant from', '063', '$ * to + => 063'),
        B('share intelligence | share information | exchange intelligence | exchange information | share evidence '
          '| share data | exchange data | share findings | trade intelligence | swap intelligence | exchange notes '
          '| share satellite imagery | share intelligence reports | cooperate on intelligence', '064',
          '$ * with + => 064', '% * => 064', '$ * with + on => 064', '$ * with + about => 064',
          comment='Share intelligence or information (064).'),
        B('pass intelligence | pass information | provide intelligence | provide information | hand over intelligence '
          '| supply intelligence | pass on intelligence | pass on information | disclose information | give intelligence '
          '| leak information | hand over documents | provide data | provide evidence', '064',
          '$ * to + => 064', '$ * to + on => 064', '$ * to + about => 064',
          comment='Share intelligence or information (064).'),
        B('brief | inform | update | notify | tip off | alert | debrief', '064?',
          '$ * + on {investigation | findings | intelligence | results | situation | progress | plans | outcome | details} => 064',
          '$ * + about {investigation | findings | intelligence | results | situation | progress | plans | outcome | details} => 064',
          '$ * + of {plans | findings | results | decision | intention} => 064'),
    ]


# ---------------------------------------------------------------------------------------------- 07 provide aid
def root07():
    give = 'provide | give | send | deliver | supply | donate | ship | dispatch | furnish | channel | hand over | contribute'
    money = 'provide | give | grant | extend | lend | loan | disburse | allocate | transfer | release | approve | donate | earmark | channel | pay'
    hum = 'provide | give | send | deliver | supply | donate | ship | dispatch | rush | airlift | airdrop | distribute | truck in | fly in'
    mil = 'provide | give | send | deliver | supply | donate | ship | dispatch | transfer | hand over | rush | fly in'
    return [
        Block(give.split(' | '), '070?', [('$ * &AID to +', '070'), ('$ * + &AID', '070'), ('$ * &AID for +', '070')],
              comment='Provide aid not specified below (070); pledges are 033x (03-intent.txt).'),
        Block(['provide', 'supply', 'furnish', 'equip'], '070?', [('$ * + with &AID', '070'), ('$ * + with &ECON_AID', '071'),
              ('$ * + with {&MIL_AID | &WEAPON}', '072'), ('$ * + with &HUM_AID', '073')]),
        Block(money.split(' | '), '071?', [('$ * &ECON_AID to +', '071'), ('$ * &ECON_AID for +', '071'),
              ('$ * &CURRENCY to +', '071'), ('$ * &CURRENCY in {aid | loans | assistance | grants} to +', '071'),
              ('$ * + &ECON_AID', '071')],
              comment='Provide economic aid (071): loans, grants, credit lines, budget support.'),
        B('fund | finance | bankroll | bail out | subsidize | subsidise | lend to | lend money to | prop up '
          '| underwrite | capitalize | recapitalize | forgive debt of | write off debt of | cancel debt of | restructure debt of '
          '| relieve debt of | grant debt relief to', '071', '$ * + => 071',
          comment='Funding or rescuing another actor (071).'),
        B('forgive | cancel | write off | restructure | reschedule | waive', '071?', '$ * + debt => 071',
          '$ * debt {of | owed by} + => 071', '$ * {loans | loan | debt | debts | repayments} to + => 071'),
        Block(mil.split(' | '), '072?', [('$ * {&MIL_AID | &WEAPON} to +', '072'), ('$ * + {&MIL_AID | &WEAPON}', '072'),
              ('$ * {military advisers | military advisors | military trainers | instructors} to +', '072')],
              comment='Provide military aid (072): weapons, ammunition, military equipment, training, given.'),
        B('arm | equip | train | rearm | resupply | re-equip', '072', '$ * + => 072', '$ * + {forces | troops | army | military | fighters | soldiers} => 072',
          '$ * + with {&MIL_AID | &WEAPON} => 072'),
        Block(hum.split(' | '), '073?', [('$ * &HUM_AID to +', '073'), ('$ * &HUM_AID for +', '073'), ('$ * + &HUM_AID', '073'),
              ('$ * &HUM_AID into +', '073')],
              comment='Provide humanitarian aid (073): food, medicine, shelter, relief and rescue teams.'),
        B('send rescue teams | send a rescue team | dispatch rescuers | send rescuers | deploy rescue teams '
          '| send doctors | send medical teams | send a medical team | dispatch medical teams | set up field hospitals '
          '| open a field hospital | evacuate | rescue | feed | treat | vaccinate', '073', '$ * to + => 073',
          '$ * in + => 073'),
        B('deploy | send | dispatch | contribute | station | commit', '074?', '$ * &PEACEKEEPERS to + => 074',
          '$ * &PEACEKEEPERS in + => 074', '$ * {troops | forces | soldiers} to protect + => 074',
          '$ * {troops | forces | soldiers} to defend + => 074', '$ * {warships | fighter jets | air defense | air defence | air defense systems} to protect + => 074',
          comment='Provide military protection or peacekeeping (074).'),
        B('protect | guard | escort | safeguard | come to the aid of | come to the rescue of '
          '| provide protection | provide security | provide cover | provide air cover | provide security guarantees '
          '| extend a security umbrella | extend its nuclear umbrella | offer protection | guarantee the security of', '074',
          '$ * + => 074', '$ * to + => 074', '$ * for + => 074', '$ * + against => 074', '$ * + from => 074',
          comment='Military protection. "defend" a position verbally is 052; here the object is an actor, the\n'
                  'engine prefers 052 when the object is a statement, decision or policy (05-diplomatic.txt).'),
        B('grant asylum | give asylum | offer asylum | provide asylum | grant refuge | give refuge | offer refuge '
          '| provide refuge | grant sanctuary | give sanctuary | offer sanctuary | grant political asylum '
          '| give political asylum | shelter | harbor | harbour | take in | accept | admit | resettle | welcome', None,
          comment='Grant asylum (075): the host is the source, the refugee or dissident the target.'),
        Block(['grant asylum', 'give asylum', 'provide asylum', 'grant refuge', 'give refuge', 'provide refuge',
               'grant sanctuary', 'give sanctuary', 'grant political asylum', 'give political asylum'], '075',
              [('$ * to +', '075'), ('$ * to + {refugees | dissidents | defectors | asylum seekers | nationals | citizens}', '075')]),
        B('grant | give | offer', '075?', '$ * + asylum => 075', '$ * + political asylum => 075', '$ * + refuge => 075',
          '$ * + sanctuary => 075', '$ * + refugee status => 075'),
        B('shelter | harbor | harbour | take in | accept | admit | resettle | welcome | host', '075?',
          '$ * {refugees | asylum seekers | defectors | dissidents | migrants} from + => 075',
          '$ * + {refugees | asylum seekers | defectors | dissidents} => 075'),
    ]


# ---------------------------------------------------------------------------------------------- 08 yield
def root08():
    ease = 'lift | ease | relax | loosen | remove | end | scrap | drop | suspend | roll back | scale back | withdraw | rescind | revoke | cancel | reduce'
    return [
        B('yield | give in | back down | cave in | concede | capitulate | relent | give way | bow | submit | make concessions '
          '| make a concession | back off | climb down | soften its stance | soften its position | accept defeat '
          '| surrender | admit defeat | acquiesce', '080',
          '$ * to + => 080', '$ * to + {pressure | demands | demand | will} => 080', '$ * to pressure from + => 080',
          comment='Yield not specified below (080): giving in to another actor.'),
        B('accede | comply | agree | give in | bow | cave in | yield | submit | acquiesce | respond', '083?',
          '$ * to + {demands | demand | request | requests | call | calls} for &REFORM => 083',
          '$ * to + {demands | demand | calls} for {&RESIGNATION | new leadership} => 0831',
          '$ * to + {demands | demand | calls} for {change | changes} => 083',
          comment='Accede to demands for political reform (083x).'),
        B('accept | meet | grant | fulfill | fulfil | satisfy | honor | honour | heed | comply with | accede to | give in to | bow to', '080?',
          '$ * + {demands | demand | request | requests | conditions | terms | ultimatum} => 080',
          '$ * {demands | demand | conditions | terms} of + => 080', '$ * {demands | demand} by + => 080',
          '$ * {demands | demand} from + => 080'),
        B('implement | carry out | introduce | enact | adopt | undertake | pass | launch | push through | usher in', '083?',
          '$ * &REFORM => 083', '$ * &REFORM demanded by + => 083', '$ * &REFORM sought by + => 083'),
        B('step down | resign | quit | step aside | leave office | abdicate | relinquish power '
          '| hand over power | cede power | transfer power | give up power | bow out | vacate office | tender resignation '
          '| hand in resignation | submit resignation | announce resignation | agree to step down', '0831',
          '$ * to + => 0831', '$ * in favor of + => 0831', '$ * in favour of + => 0831', '$ * after + {protests | pressure | demands} => 0831',
          comment='Accede to demands for change in leadership (0831): resignation, handover of power.'),
        B('dismiss | sack | fire | replace | remove | oust | reshuffle | shake up | dissolve', '0831?',
          '$ * {cabinet | government | prime minister | minister | ministers | governor | chief | head} => 0831',
          '$ * + {cabinet | government} => 0831'),
        Block(ease.split(' | ') + ['reverse', 'repeal', 'overturn', 'shelve', 'abandon', 'amend', 'modify', 'backtrack on',
                                   'climb down on', 'u-turn on', 'freeze', 'put on hold', 'postpone', 'delay', 'water down',
                                   'soften', 'annul', 'abolish'],
              '0832?', [('$ * &POLICY', '0832'), ('$ * &POLICY {criticized | opposed | rejected | condemned} by +', '0832'),
                        ('$ * &POLICY {on | against | targeting} +', '0832')],
              comment='Accede to demands for change in policy (0832): repeal, reversal, suspension of a policy.'),
        B('grant | restore | guarantee | recognize | recognise | expand | extend | respect | legalize | legalise '
          '| enshrine | protect | reinstate | uphold | codify', '0833?', '$ * &RIGHTS => 0833', '$ * &RIGHTS to + => 0833',
          '$ * &RIGHTS of + => 0833', '$ * + &RIGHTS => 0833',
          comment='Accede to demands for rights (0833).'),
        B('hold | call | schedule | announce | set a date for | bring forward | agree to hold | call early | call snap', '0834?',
          '$ * {early | snap | fresh | new | free | democratic} &ELECTIONS => 0834', '$ * referendum on => 0834',
          comment='Accede to demands for change in institutions or regime (0834).'),
        B('dissolve parliament | amend the constitution | rewrite the constitution | adopt a new constitution '
          '| restore democracy | restore civilian rule | return power to civilians | hand power to civilians '
          '| restore constitutional order | lift the ban on political parties | legalize opposition parties '
          '| legalise opposition parties | allow multiparty elections | introduce multiparty democracy '
          '| install a transitional government | form a unity government | form a transitional government', '0834',
          '$ * after + {protests | pressure | demands} => 0834', '$ * under pressure from + => 0834', '$ * with + => 0834'),
        B('release | free | set free | let go | hand over | turn over | return | repatriate | pardon | parole | swap '
          '| exchange | set at liberty | release on bail | grant clemency to | commute the sentence of | let out '
          '| discharge | unshackle | liberate', '0841?', '$ * &DETAINEES => 0841', '$ * &DETAINEES to + => 0841',
          '$ * + &DETAINEES => 0841', '$ * &DETAINEES held by + => 0841', '$ * + from {prison | jail | custody | detention} => 0841',
          '$ * &DETAINEES from + => 0841',
          comment='Return, release person(s) (0841). The captor is the source; the released person\'s actor, or the\n'
                  'side that receives them, the target.'),
        B('release | free | set free | let go | pardon | parole | set at liberty | liberate | unshackle | discharge', '0841',
          '$ * + => 0841'),
        B('return | hand back | give back | restore | release | unfreeze | relinquish | surrender | send back '
          '| repatriate | hand over | turn over | cede | transfer', '0842?', '$ * &PROPERTY to + => 0842',
          '$ * + &PROPERTY => 0842', '$ * &PROPERTY {seized | captured | taken | confiscated} from + => 0842',
          '$ * &PROPERTY of + => 0842',
          comment='Return, release property (0842): ships, land, artefacts, seized assets.'),
        B('return | hand back | give back', '084', '$ * + => 084', '$ * to + => 084'),
        Block(ease.split(' | ') + ['waive', 'phase out', 'unfreeze', 'soften', 'relieve', 'exempt from'], '085?',
              [('$ * &SANCTIONS {on | against} +', '085'), ('$ * + &SANCTIONS', '085'), ('$ * &SANCTIONS imposed on +', '085'),
               ('$ * &SANCTIONS targeting +', '085')],
              comment='Ease economic sanctions, boycott, embargo (085).'),
        B('unfreeze | unblock | release | return', '085?', '$ * + {assets | funds | accounts | reserves} => 085',
          '$ * {assets | funds | accounts | reserves} {of | belonging to} + => 085'),
        B('exempt | grant a waiver to | issue a waiver to | grant an exemption to | delist | remove from a blacklist '
          '| take off a blacklist | remove from the sanctions list | lift sanctions on | lift sanctions against '
          '| ease sanctions on | ease sanctions against | end the embargo on | lift the embargo on | lift the blockade of '
          '| drop sanctions on | roll back sanctions on | suspend sanctions on', '085', '$ * + => 085'),
        Block(ease.split(' | '), '081?',
              [('$ * &RESTRICTIONS', '081'), ('$ * &RESTRICTIONS {on | against} +', '081'),
               ('$ * {ban | restrictions | curbs | limits} on {protests | demonstrations | rallies | gatherings | assembly | the press | media | the internet | social media | free speech | political activity}', '0811'),
               ('$ * {censorship | internet shutdown | internet blackout | media blackout | press restrictions | media restrictions}', '0811'),
               ('$ * {ban | restrictions} on {party | parties | opposition party | opposition parties | opposition | political parties}', '0812'),
               ('$ * ban on +', '0812'),
               ('$ * &CURFEW', '0813'), ('$ * &CURFEW {on | in} +', '0813'),
               ('$ * &EMERGENCY', '0814'), ('$ * &EMERGENCY {on | in} +', '0814')],
              comment='Ease administrative sanctions (081x): restrictions on political freedoms (0811), bans on parties or\n'
                      'politicians (0812), curfews (0813), states of emergency and martial law (0814).'),
        B('unban | legalize | legalise | re-legalize | reinstate | rehabilitate | allow to run | clear to run '
          '| lift the ban on | lift a ban on | restore the registration of | re-register', '0812',
          '$ * + => 0812', '$ * + {party | movement | leader | candidate | candidates} => 0812',
          comment='Ease ban on political parties or politicians (0812).'),
        B('restore | reconnect | unblock | reopen | allow', '0811?', '$ * {internet | internet access | social media | websites | newspapers | broadcasts | media outlets} => 0811',
          '$ * + {website | websites | newspaper | broadcaster | channel | accounts} => 0811'),
        B('end | call off | suspend | halt | stop | cancel | abandon | wind down | scale back | postpone | break off', '082?',
          '$ * &PROTEST => 082', '$ * &PROTEST against + => 082', '$ * &PROTEST {outside | at | near} + => 082',
          comment='Ease political dissent (082): the dissenting side ends its protest, strike or boycott.'),
        B('vacate | dismantle | clear | leave | take down | remove | abandon | reopen | unblock', None,
          '$ * {protest camp | protest camps | camps | barricades | roadblocks | sit-in} => 082',
          '$ * {square | roads | road | highway | streets | occupied buildings} after &TALKS with + => 082',
          comment='Protesters clearing their camps, barricades and roadblocks ease the dissent (082).'),
        B('go home | leave the streets | clear the streets | end the sit-in | take down barricades | remove barricades '
          '| reopen roads | dismantle protest camps | vacate the square', '082',
          '$ * after &TALKS with + => 082', '$ * after {agreement | deal} with + => 082', '$ * at request of + => 082'),
        B('allow | permit | admit | let in | accept | welcome | receive | host | agree to host | grant entry to | authorize '
          '| authorise | approve the deployment of | consent to the deployment of', '086?',
          '$ * &PEACEKEEPERS => 0861', '$ * &PEACEKEEPERS from + => 0861', '$ * deployment of &PEACEKEEPERS => 0861',
          '$ * &INSPECTORS => 0862', '$ * &INSPECTORS from + => 0862', '$ * + &INSPECTORS => 0862', '$ * &INSPECTORS of + => 0862',
          '$ * &AID_AGENCIES => 0863', '$ * &AID_AGENCIES from + => 0863', '$ * + {aid convoys | aid trucks | relief convoys} => 0863',
          '$ * {aid convoys | aid trucks | relief convoys | aid deliveries | aid shipments} => 0863',
          '$ * {foreign | international} {involvement | presence | monitors | mission | experts | investigators} => 086',
          '$ * + {mission | experts | investigators | team | monitors} => 086',
          comment='Allow international involvement (086): peacekeepers (0861), inspectors and observers (0862),\n'
                  'humanitarian access (0863).'),
        B('grant | allow | give | permit | provide | facilitate | guarantee | ensure | open | restore', '0863?',
          '$ * humanitarian access => 0863', '$ * {unhindered | unfettered | safe | full | immediate} access to + => 0863',
          '$ * + access => 0862', '$ * access to {&INSPECTORS | monitors | investigators} => 0862',
          '$ * humanitarian {corridor | corridors | pause | pauses} => 0863', '$ * {aid corridor | aid corridors | safe passage | crossing | crossings} => 0863',
          '$ * access for &AID_AGENCIES => 0863', '$ * access for &INSPECTORS => 0862'),
        B('cooperate with inspectors | cooperate with the IAEA | allow inspections | accept inspections | permit inspections '
          '| submit to inspections | open its sites | open its nuclear sites | allow monitoring | accept monitors', '0862',
          '$ * by + => 0862', '$ * from + => 0862', '$ * of + => 0862'),
        Block(['withdraw', 'pull back', 'pull out', 'pull', 'redeploy', 'move back', 'bring home', 'recall', 'reduce',
               'scale back', 'draw down', 'thin out', 'demobilize', 'demobilise', 'disengage'], '087?',
              [('$ * &MILITARY from +', '087'), ('$ * &MILITARY out of +', '087'), ('$ * &MILITARY {near | along | on} border with +', '087'),
               ('$ * &MILITARY stationed in +', '087')],
              comment='De-escalate military engagement (087): troop withdrawals, ceasefires, ending offensives and sieges.'),
        B('withdraw | pull out | pull back | disengage', '087?', '$ * from + => 087',
          '$ * from + territory => 087'),
        B('declare | observe | respect | honor | honour | implement | announce | abide by | extend '
          '| uphold | comply with | adhere to | keep to | stick to | maintain | proclaim', '087?', '$ * &CEASEFIRE => 0871',
          '$ * &CEASEFIRE with + => 0871', '$ * &CEASEFIRE in + => 0871', '% * &CEASEFIRE => 0871', '$ * unilateral &CEASEFIRE => 0871',
          comment='Declare truce, ceasefire (0871): declared, observed or extended; signing a ceasefire agreement is 057.'),
        B('declare a ceasefire | declare a truce | call a ceasefire | call a truce | announce a ceasefire | announce a truce '
          '| proclaim a ceasefire | order a ceasefire | agree a ceasefire | agree a truce | observe a ceasefire | observe a truce '
          '| extend the ceasefire | extend the truce | declare a unilateral ceasefire | announce a unilateral ceasefire '
          '| declare a humanitarian pause | agree to a humanitarian pause | declare an armistice', '0871',
          '$ * with + => 0871', '$ * in + => 0871', '% * => 0871', '$ * in fighting with + => 0871'),
        B('halt | stop | end | suspend | pause | call off | wind down | scale back | cease | limit', '087?',
          '$ * {attacks | airstrikes | strikes | shelling | bombing | bombardment | offensive | operations | operation | fighting | hostilities | raids | advance | assault} {on | against | in} + => 087',
          '$ * {attacks | airstrikes | strikes | shelling | bombing | bombardment | offensive | military operations | fighting | hostilities | raids | advance} => 087'),
        B('lift | end | ease | break | relax | loosen | scale back', '087?', '$ * {blockade | siege} {of | on} + => 0872',
          '$ * {blockade | siege | naval blockade} => 0872', '$ * {blockade | siege} imposed on + => 0872',
          comment='Ease military blockade (0872).'),
        B('lift the blockade | lift the siege | end the blockade | end the siege | ease the blockade | ease the siege '
          '| reopen the border crossings | reopen crossings | allow ships through | let ships through | reopen ports '
          '| lift the naval blockade | end the naval blockade', '0872', '$ * of + => 0872', '$ * on + => 0872', '$ * to + => 0872',
          '$ * + => 0872'),
        B('demobilize | demobilise | disarm | disband | decommission | stand down | send home | discharge', '087?',
          '$ * {troops | forces | army | militia | militias | fighters | units | reservists | soldiers | armed forces | combatants} => 0873',
          '$ * + {troops | forces | army | militia | fighters | units | reservists | armed wing} => 0873',
          comment='Demobilize armed forces (0873).'),
        B('demobilize | demobilise | disarm | disband | lay down arms | lay down weapons | lay down their arms | hand in weapons '
          '| surrender weapons | give up arms | decommission weapons | hand over weapons | put weapons beyond use', '0873',
          '$ * {under | after} {agreement | deal | accord} with + => 0873', '$ * to + => 0873',
          comment='"lay down arms", "disarm": demobilization (0873).'),
        B('retreat | withdraw in defeat | flee | abandon positions | give up positions | fall back '
          '| pull back in retreat | lay down arms and surrender | raise the white flag | yield ground | cede ground', '0874',
          '$ * to + => 0874', '$ * from + => 0874', '$ * before + => 0874', '$ * in face of + {offensive | advance | attack} => 0874',
          comment='Retreat or surrender militarily (0874).'),
        B('de-escalate | deescalate | cease fire | hold fire | stand down | exercise restraint | show restraint '
          '| ease tensions | defuse tensions | reduce tensions | lower tensions | calm tensions | step back from the brink '
          '| pull back from the brink | stop fighting', '087',
          '$ * with + => 087', '$ * on border with + => 087', '% * => 087', '$ * in + => 087'),
    ]


# ---------------------------------------------------------------------------------------------- 09 investigate
def root09():
    inv = ('investigate | probe | look into | examine | scrutinize | scrutinise | inquire into | enquire into | audit '
           '| launch an investigation into | open an investigation into | launch a probe into | open a probe into '
           '| open an inquiry into | launch an inquiry into | order an investigation into | order a probe into '
           '| set up an inquiry into | begin an investigation into | start an investigation into | conduct an investigation into '
           '| carry out an investigation into | initiate an investigation into | open a criminal investigation into '
           '| open a case against | launch a criminal probe into | step up an investigation into | widen a probe into '
           '| expand an investigation into | set up a commission to investigate | send investigators to | dispatch investigators to')
    lem = inv.split(' | ')
    return [
        Block(lem, '090', [('$ * +', '090')],
              comment='Investigate (09x): the investigating actor is the source, the investigated actor the target.'),
        Block(lem, '090', [('$ * + for &CRIME', '091'), ('$ * + over &CRIME', '091'), ('$ * &CRIME {by | at | in | within} +', '091'),
                           ('$ * + {suspected | alleged} &CRIME', '091'), ('$ * alleged &CRIME by +', '091'),
                           ('$ * + {finances | accounts | dealings | business dealings | bank accounts | spending | contracts}', '091'),
                           ('$ * + for {alleged | suspected} &CRIME', '091')],
              comment='Investigate crime, corruption (091).'),
        Block(lem, '090', [('$ * + for &ABUSES', '092'), ('$ * + over &ABUSES', '092'), ('$ * &ABUSES {by | at | in} +', '092'),
                           ('$ * {alleged | reported} &ABUSES by +', '092'), ('$ * + {treatment | mistreatment} of', '092'),
                           ('$ * + for {alleged | suspected} &ABUSES', '092')],
              comment='Investigate human rights abuses (092).'),
        Block(lem, '090', [('$ * + {attack | airstrike | air strike | strike | raid | shelling | bombing | incursion | shooting down | downing} on', '093'),
                           ('$ * {attack | airstrike | air strike | strike | raid | shelling | bombing | incursion | operation | offensive} by +', '093'),
                           ('$ * {attack | airstrike | air strike | strike | raid | shelling | bombing | incursion} on +', '093'),
                           ('$ * + {military | army | troops | forces} {conduct | actions | operations}', '093'),
                           ('$ * + for {attack | airstrike | shelling | incursion}', '093')],
              comment='Investigate military action (093).'),
        Block(lem, '090', [('$ * + for &WAR_CRIMES', '094'), ('$ * + over &WAR_CRIMES', '094'), ('$ * &WAR_CRIMES {by | at | in} +', '094'),
                           ('$ * {alleged | suspected | reported} &WAR_CRIMES by +', '094'), ('$ * + for {alleged | suspected} &WAR_CRIMES', '094')],
              comment='Investigate war crimes (094).'),
        B('raid | search | inspect | audit | subpoena | question | interrogate | interview | summon for questioning', '090?',
          '$ * + {offices | office | headquarters | homes | home | premises | accounts | records} => 091',
          '$ * + {over | about | in connection with} &CRIME => 091', '$ * + as part of {corruption | fraud | bribery} {probe | investigation | inquiry} => 091'),
        B('wiretap | surveil | spy on | eavesdrop on | put under surveillance | place under surveillance', '090',
          '$ * + => 090', '$ * + {communications | phone | phones | calls | movements} => 090'),
    ]


# ---------------------------------------------------------------------------------------------- 10 demand
def root10():
    demand_np = ('demand | insist on | make demands for | issue demands for | reiterate demands for | renew demands for '
                 '| press demands for | step up demands for | set conditions for | make a demand for | issue a demand for')
    return [
        B('demand', '100'),
        Block(['demand', 'insist', 'stipulate', 'require'], None,
              [('$ * +', '100')] + fam('10', '$ * that + {x}', A_INF),
              comment='Demands ("X demanded that Y ..."): X -> Y, one pattern per concept of the 10x sub-codes.'),
        Block(['order', 'tell', 'instruct', 'direct', 'command', 'require'], '100?', fam('10', '$ * + to {x}', A_INF),
              comment='Orders are demands: "X ordered Y to withdraw", "X told Y to stop".'),
        Block(demand_np.split(' | '), '100', fam('10', '$ * {x}', NP) + fam('10', '$ * {x} from +', NP),
              comment='Demands for something: "X demanded the release of ...", "X demanded compensation from Y".'),
        Block(['demand', 'seek', 'insist on'], '100?', [('$ * {compensation | reparations | an apology | apology | explanation | an explanation | answers | clarification | payment | damages | justice | accountability} from +', '100'),
                                         ('$ * + {withdrawal | pullout | pull-out | retreat}', '1056'),
                                         ('$ * + {resignation | ouster | removal | departure}', '1041'),
                                         ('$ * + {compliance | cooperation}', '101'),
                                         ('$ * + {release | return}', '1053')]),
        B('issue demands | make demands | present demands | submit demands | make a demand | lay down conditions '
          '| set conditions | set preconditions | impose conditions | set terms | lay out demands | present a list of demands '
          '| hand over a list of demands', '100', '$ * to + => 100', '$ * on + => 100', '$ * for + => 100'),
    ]


# ---------------------------------------------------------------------------------------------- 11 disapprove
def root11():
    crit = ('criticize | criticise | condemn | denounce | slam | blast | lash out at | rebuke | censure | chastise '
            '| castigate | deplore | decry | lambast | lambaste | berate | excoriate | assail | hit out at | take aim at '
            '| scold | reproach | upbraid | admonish | reprimand | pan | rap | round on | tear into | lay into | savage '
            '| fire a broadside at | take to task | take issue with | pour scorn on | heap scorn on | ridicule | mock '
            '| deride | disparage | belittle | vilify | demonize | demonise | voice criticism of | level criticism at '
            '| express outrage at | express outrage over | voice outrage at | express indignation at | express anger at '
            '| express anger over | voice anger at | express disgust at | call out | speak out against | rail against '
            '| inveigh against | fulminate against | bash | jab at | swipe at | take a swipe at | snipe at | attack verbally')
    crit_obj = ('{decision | policy | policies | move | moves | actions | action | conduct | behavior | behaviour | remarks '
                '| comments | statement | stance | position | treatment | handling | response | plan | law | measures '
                '| approach | interference | meddling | rhetoric | provocation | provocations}')
    dis = ('disapprove of | object to | oppose | frown on | frown upon | express displeasure with | express displeasure at '
           '| voice displeasure | express dissatisfaction with | voice dissatisfaction with | express disappointment with '
           '| express disappointment at | voice disappointment | express opposition to | voice opposition to '
           '| express reservations about | voice reservations about | take exception to | resent | dispute | contest '
           '| challenge | question | cast doubt on | push back against | push back on | disagree with | differ with '
           '| be at odds with | spar with | quarrel with | feud with | bicker with | trade barbs with '
           '| trade accusations with | exchange accusations with | row with | wrangle with | lock horns with')
    return [
        Block(crit.split(' | '), '111', [('$ * +', '111'), (f'$ * + {crit_obj}', '111'), ('$ * + for', '111'),
                                         ('$ * + over', '111'), (f'$ * {crit_obj} of +', '111'), (f'$ * {crit_obj} by +', '111'),
                                         ('$ * + as', '111')],
              comment='Criticize or denounce (111): "condemned Y", "lashed out at Y over ...", "slammed Y\'s decision".'),
        Block(dis.split(' | '), '110', [('$ * +', '110'), (f'$ * + {crit_obj}', '110'), ('$ * + over', '110'),
                                        (f'$ * {crit_obj} of +', '110'), (f'$ * {crit_obj} by +', '110')],
              comment='Disapprove not specified below (110): objection, opposition, disagreement, quarrels.'),
        B('express concern | voice concern | raise concerns | express serious concern | express grave concern '
          '| express deep concern | voice serious concern', '110?', f'$ * over + {crit_obj} => 110', f'$ * about + {crit_obj} => 110',
          f'$ * at + {crit_obj} => 110', f'$ * with + about => 110', f'$ * to + about => 110'),
        Block(['accuse', 'blame', 'fault', 'point the finger at', 'implicate', 'level accusations against',
               'level charges against', 'make accusations against', 'finger', 'scapegoat', 'make allegations against'],
              '112', [('$ * +', '112')],
              comment='Accuse (112x): the accuser is the source, the accused the target.'),
        Block(['accuse', 'suspect'], '112', [('$ * + of', '112'), ('$ * + of &CRIME', '1121'), ('$ * + of &ABUSES', '1122'),
              ('$ * + of &AGGRESSION', '1123'), ('$ * + of &WAR_CRIMES', '1124'), ('$ * + of &ESPIONAGE', '1125'),
              ('$ * + of {corrupt | fraudulent | illegal | criminal} {practices | activities | dealings}', '1121'),
              ('$ * + of {stealing | embezzling | laundering | smuggling | rigging | bribing | defrauding | trafficking | misusing}', '1121'),
              ('$ * + of {violating | abusing | repressing | persecuting | torturing | oppressing | mistreating | discriminating against} {human rights | rights | civilians | minorities | protesters | prisoners}', '1122'),
              ('$ * + of {attacking | invading | shelling | bombing | striking | provoking | violating | threatening | occupying | annexing}', '1123'),
              ('$ * + of {committing | perpetrating} &WAR_CRIMES', '1124'), ('$ * + of {targeting | killing | massacring | starving | deporting} civilians', '1124'),
              ('$ * + of {spying | spying for | working for | interfering in | meddling in | hacking | sabotaging | plotting}', '1125')],
              comment='"accused Y of ..." with the kind of wrongdoing: crime (1121), rights abuses (1122), aggression\n'
                      '(1123), war crimes (1124), espionage and treason (1125).'),
        Block(['blame', 'fault'], '112?',
              [('$ * + for', '112'), ('$ * + for &CRIME', '1121'), ('$ * + for &ABUSES', '1122'), ('$ * + for &AGGRESSION', '1123'),
               ('$ * + for &WAR_CRIMES', '1124'), ('$ * + for &ESPIONAGE', '1125')]),
        B('hold', '112?', '$ * + {responsible | accountable | culpable} => 112',
          '$ * + {responsible | accountable} for &CRIME => 1121', '$ * + {responsible | accountable} for &ABUSES => 1122',
          '$ * + {responsible | accountable} for &AGGRESSION => 1123', '$ * + {responsible | accountable} for &WAR_CRIMES => 1124',
          '$ * + {responsible | accountable} for {attack | attacks | bombing | shelling | strike | strikes} => 1123'),
        Block(['allege', 'claim', 'say', 'charge', 'assert', 'contend', 'insist'], '112?',
              [('$ * + {committed | carried out | perpetrated} &WAR_CRIMES', '1124'), ('$ * + {committed | carried out} &ABUSES', '1122'),
               ('$ * + {was behind | orchestrated | carried out | was responsible for} {attack | attacks | bombing | shelling | strike | strikes | incursion}', '1123'),
               ('$ * + {spied | was spying | hacked | interfered | meddled}', '1125'),
               ('$ * + {engaged in | was involved in | committed} &CRIME', '1121')],
              comment='Accusations in a that-clause ("alleged that Y committed war crimes").'),
        B('rally opposition | mobilize opposition | mobilise opposition | rally support | build a coalition | form a coalition '
          '| forge a front | form a front | unite | band together | gang up | campaign | lobby | organize | organise '
          '| drum up opposition | whip up opposition | marshal opposition | stir up opposition', None,
          '$ * against + => 113', '$ * against + {policy | plan | decision | bid | candidacy | government | rule} => 113',
          comment='Rally opposition against (113).'),
        B('complain | protest', '114?', '$ * to + => 114', '$ * to + over => 114', '$ * to + about => 114'),
        B('lodge a protest | lodge a complaint | file a complaint | file a protest | make a complaint '
          '| register a complaint | register a protest | make representations | lodge representations | lodge solemn representations '
          '| make solemn representations | lodge a strong protest | lodge a formal protest | file a formal complaint '
          '| send a note of protest | deliver a note of protest | send a protest note | hand a protest note '
          '| deliver a demarche | issue a demarche | raise the matter | raise objections | voice a protest', '114',
          '$ * to + => 114', '$ * with + => 114', '$ * to + over => 114', '$ * with + over => 114', '$ * to + about => 114',
          '$ * against + => 114',
          comment='Complain officially (114): diplomatic protests, formal complaints, representations, demarches.'),
        B('summon | call in | haul in', '114', '$ * + => 114', '$ * &DIPLOMATS of + => 114', '$ * + &DIPLOMATS => 114',
          '$ * &DIPLOMATS => 114', '$ * + {to protest | to complain | over | to lodge a protest} => 114',
          comment='Summoning another state\'s envoy to protest (114).'),
        B('sue | file a lawsuit | file suit | bring a lawsuit | bring a case | file a case | take legal action | launch legal action '
          '| initiate legal proceedings | launch legal proceedings | start legal proceedings | file a legal challenge '
          '| bring a legal challenge | lodge a legal challenge | file a petition | bring proceedings | bring a complaint '
          '| file a claim | launch a case | mount a legal challenge', '115',
          '$ * + => 115', '$ * against + => 115', '$ * against + at the {ICJ | International Court of Justice | WTO | court | tribunal} => 115',
          '$ * + {in | at} {court | the ICJ | the International Court of Justice | the WTO | the European Court | arbitration} => 115',
          '$ * + over => 115', '$ * against + over => 115',
          comment='Bring lawsuit against (115).'),
        B('take | drag | haul | bring', '115?', '$ * + to court => 115', '$ * + to {the ICJ | the International Court of Justice | the WTO | the International Criminal Court | the ICC | arbitration | a tribunal} => 115',
          '$ * + before {court | a court | the ICJ | a tribunal | the ICC | a judge} => 115'),
        B('convict | sentence | fine | penalize | penalise | rule against', '116', '$ * + => 116', '$ * + for => 116',
          '$ * + in absentia => 116',
          comment='Find guilty or liable (116): courts and tribunals convicting, sentencing, fining.'),
        B('convict', '116', '$ * + of => 116', '$ * + on charges of => 116', '$ * + of &CRIME => 116', '$ * + of &WAR_CRIMES => 116'),
        B('find | declare | pronounce | rule | hold', '116?', '$ * + guilty => 116', '$ * + liable => 116',
          '$ * + guilty of => 116', '$ * + liable for => 116', '$ * + in breach of => 116', '$ * + in violation of => 116',
          comment='"found Y guilty", "ruled Y in breach of ..." (116).'),
        B('condemn | sentence', '116?', '$ * + to {death | life in prison | life imprisonment | years in prison | prison | jail | hard labor | hard labour} => 116'),
    ]


# ---------------------------------------------------------------------------------------------- 12 reject
def root12():
    refuse_inf = ('refuse to | decline to | be unwilling to | be reluctant to | reject calls to | reject demands to '
                  '| resist calls to | resist pressure to | rebuff calls to | rebuff demands to | balk at demands to '
                  '| have no intention to | have no plans to | vow not to | say it will not | insist it will not')
    reject = ('reject | rebuff | turn down | dismiss | spurn | refuse | brush aside | say no to | snub | repudiate '
              '| disregard | ignore | decline | wave aside | shrug off')
    reject_direct_keys = ('COOP', 'COOP_ECON', 'COOP_MIL', 'REFORM', 'REF_POLICY', 'REF_INST', 'REF_LEAD', 'Y_RELEASE',
                          'Y_ECONSANC', 'Y_DEESC', 'MEET', 'SETTLE', 'MEDIATION', 'Y_INTL')
    request = '{{request | call | calls | appeal | demand | demands | plea | proposal | offer | bid | push | pressure}}'
    return [
        Block(refuse_inf.split(' | '), None, fam('12', '$ * {x}', S_INF),
              comment='Refusals with an infinitive: "X refused to release ...", "X declined to meet Y". One pattern per\n'
                      'concept of the 12x sub-codes: the refusal is coded, not the refused act (issue 4, negation).'),
        B('reject | rebuff | spurn | snub | repudiate | turn down | brush aside | say no to', '120', '$ * + => 120'),
        Block(reject.split(' | '), None, fam('12', '$ * + ' + request + ' for {x}', NP)
              + fam('12', '$ * ' + request + ' for {x} from +', NP) + fam('12', '$ * ' + request + ' by + for {x}', NP),
              comment='Rejecting another actor\'s request for something: "X rejected Y\'s call for a ceasefire" (X -> Y).'),
        Block(reject.split(' | '), None, fam('12', '$ * + ' + request + ' to {x}', A_INF),
              comment='"X rejected Y\'s demands to step down".'),
        Block(['reject', 'rebuff', 'turn down', 'dismiss', 'spurn', 'rule out', 'refuse', 'say no to'], None,
              fam('12', '$ * {x}', NP, keys=reject_direct_keys) + fam('12', '$ * {x} with +', NP, keys=('MEET', 'SETTLE', 'COOP', 'COOP_MIL', 'COOP_ECON')),
              comment='Rejecting the thing itself: "X ruled out talks with Y", "X rejected a ceasefire".'),
        B('reject | rebuff | turn down | dismiss | spurn | refuse | decline | snub | brush aside', '120?',
          '$ * + {offer | proposal | invitation} {of | for} &TALKS => 125', '$ * + {invitation | offer} to {meet | talk | negotiate | visit} => 125',
          '$ * + {mediation | offer of mediation | mediation offer | arbitration} => 126', '$ * {mediation | arbitration} by + => 126',
          '$ * + &PEACE_DEAL => 127', '$ * + {plan | proposal | initiative | formula | framework} {for peace | to end the war | to settle} => 127',
          '$ * &PEACE_DEAL {proposed | put forward | offered | presented} by + => 127', '$ * &AGREEMENT with + => 127',
          '$ * + {request | application | bid} for {asylum | extradition} => 120',
          '$ * + {aid | assistance | help | loan | loans} => 120',
          comment='Reject proposal to meet (125), mediation (126), a plan or agreement to settle (127).'),
        B('veto | block | kill | torpedo | scuttle | derail | wreck | sink | vote down | shoot down', '129?',
          '$ * + {resolution | draft | draft resolution | motion | proposal | bill | bid | membership | application | accession | admission} => 129',
          '$ * {resolution | draft resolution | motion | proposal | bid | membership | application | accession} {on | by | from | of | condemning | against | targeting} + => 129',
          comment='Veto (129): vetoing or blocking a resolution or a membership bid.'),
        B('veto | cast a veto against | use its veto against | wield its veto against | exercise its veto against', '129', '$ * + => 129'),
        B('defy | flout | violate | disregard | ignore | breach | contravene | disobey | break | thumb its nose at '
          '| snub | circumvent | evade | bypass | skirt | trample on | trample | undermine | openly defy', '128?',
          '$ * + {ruling | rulings | order | orders | sanctions | resolution | resolutions | demands | warnings | warning | laws | law | rules | norms | decisions | decision | ban | embargo} => 128',
          '$ * {international law | international norms | the law | the constitution | court order | court ruling | UN resolutions | Security Council resolutions | sanctions | the embargo | the ban | arms embargo | the rules | human rights law | the Geneva Conventions} => 128',
          '$ * {ruling | order | sanctions | resolution | ban | embargo} {by | of | from | imposed by} + => 128',
          comment='Defy norms, law (128).'),
        B('deny | refuse | withhold | bar | block', '120?',
          '$ * + {entry | visa | visas | access | permission | landing rights | overflight rights | permit | clearance} => 120',
          '$ * {entry | visas | access | permission} to + => 120',
          '$ * {access | entry} to {&INSPECTORS | &AID_AGENCIES | monitors | investigators} => 1245',
          '$ * &INSPECTORS access => 1245', '$ * {humanitarian access | aid convoys | aid deliveries} => 1245',
          comment='Denying a request or permission is rejection (12x); denying an accusation is 016 (01-statement.txt).'),
        B('refuse | reject | decline | turn down | turn away | send back', '120?', '$ * &HUM_AID from + => 120',
          '$ * + {aid convoys | aid ships | aid flights} => 120'),
        B('refuse to yield | refuse to back down | stand firm | stand its ground | hold firm | dig in its heels '
          '| dig in | refuse to budge | refuse to give in | refuse to compromise | hold its ground | refuse to bow', '124',
          '$ * against + => 124', '$ * to + => 124', '$ * in face of + {pressure | demands} => 124', '$ * despite + {pressure | demands} => 124',
          comment='Refuse to yield (124).'),
        B('keep | maintain | uphold | retain | continue', '124?',
          '$ * &SANCTIONS {on | against} + => 1244', '$ * &CURFEW => 1241', '$ * &EMERGENCY => 1241',
          '$ * &RESTRICTIONS {on | against} + => 1241', '$ * &DETAINEES in {detention | custody | jail | prison} => 1243',
          '$ * + in {detention | custody | jail | prison} => 1243', '$ * &MILITARY in + => 1246',
          '$ * {blockade | siege} of + => 1246',
          comment='Keeping a sanction, curfew, detention or deployment in place against a call to end it.'),
    ]


# ---------------------------------------------------------------------------------------------- 13 threaten
def root13():
    # Threats with a concept: (infinitive phrase, code). The target is where English puts it.
    T = [
        ('{cut | reduce | halt | suspend | withdraw | stop | freeze | end | cut off | withhold} &AID {to | for} +', '1311'),
        ('{cut | reduce | halt | suspend | withdraw | stop | freeze | end | cut off | withhold} + {aid | funding | assistance}', '1311'),
        ('{impose | slap | levy | expand | tighten | toughen | step up} &SANCTIONS {on | against} +', '1312'),
        ('{boycott | embargo | blacklist | sanction} +', '1312'), ('{ban | halt | block | suspend | restrict} {imports | exports | &TRADE} {from | to | with} +', '1312'),
        ('{cut | sever | break | downgrade | suspend | freeze | break off | review} {ties | relations | diplomatic relations | diplomatic ties | contacts} with +', '1313'),
        ('{expel | recall} {ambassador | envoy | diplomats} {of | from} +', '1313'), ('{close | shut} {embassy | consulate} in +', '1313'),
        ('{ban | shut down | close | revoke the license of | deregister | outlaw | suspend} +', '132'),
        ('{arrest | prosecute | punish | jail | detain | deport | expel} +', '132'),
        ('{restrict | curb | ban | limit} {protests | demonstrations | rallies | gatherings | the press | media | free speech | the internet | social media}', '1321'),
        ('{censor | block | shut down} {internet | internet access | social media | websites | the media | newspapers}', '1321'),
        ('{ban | outlaw | dissolve | disqualify | bar} + {party | parties | movement | candidate | candidates | leader}', '1322'),
        ('{ban | outlaw | dissolve} {opposition parties | opposition party | political parties | party}', '1322'),
        ('{impose | declare | enforce | reimpose} &CURFEW', '1323'), ('{impose | declare | reimpose} &CURFEW {on | in} +', '1323'),
        ('{impose | declare | invoke | proclaim} &EMERGENCY', '1324'), ('{impose | declare | invoke | proclaim} &EMERGENCY {on | in} +', '1324'),
        ('{protest | strike | boycott | take to the streets | rally | march | walk out | stage protests | hold protests | launch protests | go on strike | stage a sit-in}', '133'),
        ('{protest | strike | rally | march | demonstrate} against +', '133'),
        ('{halt | suspend | abandon | walk out of | pull out of | break off | quit | end | call off | leave | withdraw from} &TALKS', '134'),
        ('{halt | suspend | abandon | walk out of | pull out of | break off | quit | end | call off} &TALKS with +', '134'),
        ('walk away from {negotiating table | the negotiating table | the talks}', '134'),
        ('{halt | end | abandon | suspend | withdraw from | quit | pull out of} {mediation | mediation efforts | its role as mediator | its mediation} {between | in} +', '135'),
        ('{halt | end | abandon | suspend | withdraw from | quit | pull out of} {mediation | mediation efforts | its role as mediator}', '135'),
        ('{expel | withdraw | pull out | kick out | order out | evict} {&PEACEKEEPERS | &INSPECTORS | &AID_AGENCIES}', '136'),
        ('{end | suspend | halt | cut} cooperation with {IAEA | the IAEA | inspectors | UN agencies | the UN mission | monitors}', '136'),
        ('{withdraw | pull out} {from | of} {the mission | the peacekeeping mission | the observer mission}', '136'),
        ('{crack down on | clamp down on | suppress | crush | punish | repress | quash} +', '137'),
        ('{use force against | use force to disperse | open fire on} {protesters | demonstrators | strikers | crowds}', '137'),
        ('{crush | put down | quell | suppress} {protests | the protests | dissent | unrest | the uprising | the rebellion}', '137'),
        ('{use force | take military action | use military force | go to war | respond militarily | retaliate militarily | take military measures | intervene militarily}', '138'),
        ('{use force | take military action | use military force | go to war | respond militarily | retaliate militarily | intervene militarily} against +', '138'),
        ('{wipe out | destroy | annihilate | obliterate | crush} +', '138'),
        ('{blockade | impose a blockade on | block | seal off | close | cut off | encircle} +', '1381'),
        ('{block | close | blockade} {strait | ports | port | sea lanes | shipping | border | borders} {of | to | with} +', '1381'),
        ('{occupy | seize | annex | take over | take control of | capture | retake | reoccupy} +', '1382'),
        ('{carry out | launch | stage} {&TERROR_ATTACK | attacks | bombings | suicide attacks | suicide bombings} {on | against | in} +', '1383'),
        ('{kill | execute | behead | harm} {hostages | captives | prisoners | the hostages}', '1383'), ('{kill | execute | behead | assassinate} +', '1383'),
        ('{attack | invade | strike | bomb | shell | hit | target | raid | retaliate against} +', '1384'),
        ('launch {strikes | an attack | an offensive | airstrikes | missile strikes | military strikes | an invasion | a ground offensive} {on | against} +', '1384'),
        ('{use | deploy | launch | fire} {&NUKE | &CHEMWEAPON | weapons of mass destruction | WMD} {against | on | at} +', '1385'),
        ('{use | deploy | launch} {&NUKE | &CHEMWEAPON | weapons of mass destruction | WMD}', '1385'),
    ]
    with_np = [
        ('{consequences | serious consequences | severe consequences | grave consequences | retaliation | reprisals | a response | a strong response | a tough response | punishment | a price}', '130'),
        ('{measures | countermeasures | retaliatory measures | reciprocal measures | action | steps | economic pressure}', '131'),
        ('{aid cuts | a cut in aid | an aid cutoff | loss of aid | funding cuts | a funding freeze}', '1311'),
        ('&SANCTIONS', '1312'), ('{tariffs | new tariffs | higher tariffs | trade war}', '1312'),
        ('{downgraded relations | a break in relations | severed ties | expulsion of diplomats}', '1313'),
        ('{arrest | prosecution | legal action | jail | imprisonment | deportation | expulsion | a ban | closure | fines | loss of license}', '132'),
        ('{protests | strikes | a strike | a boycott | mass protests | a general strike | demonstrations | civil disobedience}', '133'),
        ('{a crackdown | repression | force | violence}', '137'),
        ('{military action | force | war | an attack | attack | military force | military strikes | strikes | invasion | annihilation | destruction | retaliation in kind | a military response}', '138'),
        ('{a blockade | a naval blockade | an embargo of its ports}', '1381'),
        ('{occupation | annexation}', '1382'),
        ('{terrorist attacks | suicide attacks | bombings | kidnappings | executions | death}', '1383'),
        ('{airstrikes | missile strikes | artillery fire | a ground offensive | an offensive}', '1384'),
        ('{&NUKE | nuclear attack | nuclear strike | nuclear war | &CHEMWEAPON | chemical attack | weapons of mass destruction | nuclear retaliation}', '1385'),
    ]
    return [
        Block(['threaten', 'menace'], '130', [('$ * +', '130')] + [(f'$ * + with {x}', c) for x, c in with_np],
              comment='Threats to an actor: "X threatened Y with sanctions" (X -> Y 1312), "X warned Y of consequences".'),
        Block(['threaten', 'warn of', 'raise the prospect of', 'float the possibility of', 'hint at', 'brandish'], '130',
              [(f'$ * {x} {{against | on}} +', c) for x, c in with_np],
              comment='"X threatened sanctions against Y", "X warned of retaliation against Y".'),
        Block(['threaten to', 'threaten that it will', 'warn it will', 'warn that it will', 'vow to', 'say it will', 'pledge to',
               'vow that it will', 'signal it will', 'signal readiness to'], '130?', [(f'$ * {x}', c) for x, c in T]
              + [('$ * retaliate against +', '130'), ('$ * {retaliate | respond | hit back | take countermeasures}', '130'),
                 ('$ * {take | adopt} {countermeasures | measures | action | steps} against +', '131'),
                 ('$ * make + pay', '130'), ('$ * {punish | teach a lesson to} +', '130')],
              comment='Threats with an infinitive; "vowed to" and "said it will" count only with a hostile act. Pledges\n'
                      'of cooperation are 03x (03-intent.txt).'),
        Block(['warn', 'caution'], '130?', [(f'$ * + of {x}', c) for x, c in with_np],
              comment='"X warned Y of consequences", "X cautioned Y of sanctions".'),
        B('warn | caution', '130?', '$ * + against => 130', '$ * + not to => 130', '$ * + that it will => 130',
          '$ * + to stay away => 130', '$ * + to back off => 130', '$ * + to {stop | halt | cease | end} => 130',
          '$ * + {it would | it will} {retaliate | respond | strike | act} => 130'),
        B('give an ultimatum | issue an ultimatum | deliver an ultimatum | present an ultimatum | set a deadline '
          '| give a deadline | impose a deadline | issue a final warning | give a final warning | deliver a final warning', '139',
          '$ * to + => 139', '$ * for + => 139',
          comment='Give ultimatum (139).'),
        B('give', '139?', '$ * + {an ultimatum | a deadline | hours | days | a final warning} => 139',
          '$ * + {24 | 48 | 72} hours to => 139'),
        B('rattle sabers | rattle sabres | saber-rattle | issue threats | make threats | issue a warning '
          '| issue a stern warning | sound a warning | send a warning | send a stark warning | issue a veiled threat '
          '| make veiled threats | issue a threat', '130', '$ * to + => 130', '$ * against + => 130', '$ * at + => 130'),
    ]


# ---------------------------------------------------------------------------------------------- 14 protest
PURPOSE = [  # (phrase after the protest verb, last digit of the 4-digit code)
    ('{demanding | calling for | to demand | for} &RESIGNATION of +', '1'), ('{demanding | calling for} + {resignation | ouster | removal | departure}', '1'),
    ('{demanding | calling for | urging} + to {step down | resign | quit | leave office | go}', '1'),
    ('{demanding | calling for | for} {new leadership | a change of leadership | regime change | new elections and the resignation}', '1'),
    ('against &POLICY', '2'), ('{against | over} + &POLICY', '2'), ('{demanding | calling for} {the repeal of | the withdrawal of | a reversal of | an end to} &POLICY', '2'),
    ('{over | against} {price hikes | fuel prices | tax increases | austerity | pension cuts | subsidy cuts | job cuts | wage cuts | the cost of living}', '2'),
    ('for &RIGHTS', '3'), ('{demanding | calling for | in support of | in defense of | in defence of} &RIGHTS', '3'),
    ('against {discrimination | persecution | repression | police brutality | racism | the crackdown | censorship}', '3'),
    ('{for | demanding | calling for} {&ELECTIONS | democracy | democratic reform | constitutional reform | a new constitution | civilian rule | a return to civilian rule}', '4'),
    ('against {military rule | the junta | the coup | the regime | constitutional changes | the constitutional amendment | election fraud | the election results | vote rigging}', '4'),
]


def purposes(code3):
    return [(f'$ * {p}', code3 + d) for p, d in PURPOSE]


def root14():
    demo = ('demonstrate | protest | rally | march | take to the streets | stage a protest | hold a protest | stage protests '
            '| hold protests | stage a demonstration | hold a demonstration | hold demonstrations | hold a rally | stage a rally '
            '| hold rallies | picket | gather | hold a march | stage a march | join protests | pour into the streets '
            '| flood the streets | mount a protest | launch protests | turn out | hold a mass rally | stage a mass rally')
    hunger = ('go on hunger strike | stage a hunger strike | begin a hunger strike | launch a hunger strike | start a hunger strike '
              '| hold a hunger strike | refuse food | be on hunger strike | continue a hunger strike | join a hunger strike '
              '| go on a hunger strike | stage a hunger protest')
    strike = ('go on strike | stage a strike | hold a strike | launch a strike | call a strike | hold a general strike '
              '| stage a general strike | call a general strike | stage a walkout | down tools | boycott | stage a boycott '
              '| launch a boycott | observe a shutdown | hold a shutdown | enforce a shutdown | stay away from work '
              '| stage a work stoppage | hold a work stoppage | stage a stay-away')
    obstruct = ('block roads | block highways | block traffic | block the road | set up roadblocks | erect roadblocks '
                '| erect barricades | put up barricades | man barricades | blockade roads | stage a sit-in | hold a sit-in '
                '| occupy the square | occupy buildings | occupy offices | occupy parliament | barricade themselves '
                '| chain themselves | form a human chain | block access | block the entrance | occupy the streets')
    riot = ('riot | go on the rampage | rampage | loot | torch cars | burn tyres | burn tires | throw stones | hurl stones '
            '| throw rocks | hurl rocks | throw petrol bombs | hurl petrol bombs | throw Molotov cocktails | hurl Molotov cocktails '
            '| set fire to buildings | torch buildings | ransack offices | vandalize | vandalise | smash windows | burn effigies '
            '| clash violently | fight running battles | engage in violent protests | stage violent protests')
    at_building = '{embassy | consulate | parliament | headquarters | office | offices | ministry | palace | residence | mission}'
    return [
        B('protest | demonstrate | picket | rally | march', '141'),
        Block(demo.split(' | '), None, [('$ * against +', '141'), (f'$ * {{outside | in front of | at | near}} + {at_building}', '141'),
                                         ('$ * in support of +', '141'), ('$ * against + {visit | presence | rule | government | leader}', '141')]
              + purposes('141'),
              comment='Demonstrate or rally (141x): against an actor, outside its embassy, or for leadership change (1411),\n'
                      'policy change (1412), rights (1413), change in institutions or regime (1414).'),
        Block(hunger.split(' | '), '142', [('$ * against +', '142'), ('$ * to protest +', '142'), (f'$ * {{outside | in front of}} + {at_building}', '142'),
                                           ('$ * in + {prison | jail | custody | detention}', '142')] + purposes('142'),
              comment='Conduct hunger strike (142x).'),
        Block(strike.split(' | '), '143', [('$ * against +', '143'), ('$ * to protest +', '143'), ('$ * over + {policy | plan | decision | reforms | cuts}', '143')]
              + purposes('143'),
              comment='Conduct strike or boycott (143x).'),
        B('strike | walk out', None, '$ * against + => 143', '$ * to protest + => 143', *purposes('143'),
          comment='"strike" and "walk out" are 143 only with a protest complement (a military strike is 19x).'),
        Block(['boycott', 'shun', 'stay away from'], '143?', [('$ * + {elections | election | vote | talks | parliament | products | goods | brands | companies | ceremony | inauguration | summit | games}', '143'),
                                                 ('$ * + {event | events}', '143')]),
        Block(obstruct.split(' | '), '144', [('$ * against +', '144'), ('$ * to protest +', '144'),
                                             (f'$ * {{outside | in front of | at}} + {at_building}', '144'),
                                             (f'$ * + {at_building}', '144')] + purposes('144'),
              comment='Obstruct passage, block (144x): sit-ins, roadblocks, occupations by protesters.'),
        Block(riot.split(' | '), '145', [('$ * against +', '145'), ('$ * to protest +', '145'), (f'$ * {{outside | at | near}} + {at_building}', '145')]
              + purposes('145'),
              comment='Protest violently, riot (145x).'),
        B('storm | ransack | torch | attack | besiege | pelt | set fire to | burn | overrun | break into', '145?',
          f'$ * + {at_building} => 145', f'$ * {at_building} of + => 145', '$ * + with {stones | rocks | eggs | bottles | petrol bombs | Molotov cocktails} => 145',
          comment='Crowds attacking a building of another actor.'),
        B('rise up | revolt | rebel | dissent | agitate | engage in civil disobedience | launch a civil disobedience campaign '
          '| stage an uprising | mutiny | defy | resist | launch a campaign of civil disobedience | organize resistance '
          '| organise resistance | lead an uprising | foment unrest | stir up unrest', '140',
          '$ * against + => 140', '$ * against + rule => 140', '$ * against + {government | regime | authorities} => 140',
          comment='Engage in political dissent not specified below (140).'),
    ]


# ---------------------------------------------------------------------------------------------- 15 force posture
def root15():
    return [
        B('show force | display force | display military might | show military might | flex military muscle | flex its muscles '
          '| flex muscles | stage a show of force | hold a show of force | conduct a show of force | stage a military parade '
          '| hold a military parade | parade troops | parade missiles | send warships | dispatch warships | sail warships '
          '| send bombers | fly bombers | fly fighter jets | send an aircraft carrier | dispatch an aircraft carrier '
          '| deploy an aircraft carrier | stage military drills | hold military drills | conduct military drills '
          '| stage drills | hold drills | conduct drills | hold live-fire drills | conduct live-fire exercises | test-fire missiles '
          '| test-fire a missile | fire a test missile | launch a test missile | conduct a missile test | test a missile '
          '| conduct a nuclear test', '150',
          '$ * near + => 150', '$ * off + coast => 150', '$ * off the coast of + => 150', '$ * {near | along | close to} border with + => 150',
          '$ * {around | near | close to | toward | towards} + => 150', '$ * in + waters => 150', '$ * into + {airspace | waters | air defense zone | air defence zone | ADIZ} => 150',
          '$ * {aimed at | directed at | in response to | to warn | as a warning to} + => 150',
          comment='Demonstrate military or police power (150): shows of force, drills near another actor, missile tests.'),
        B('hold | conduct | stage | carry out | launch | begin | start', '150?',
          '$ * &EXERCISES near + => 150', '$ * &EXERCISES {around | off | close to} + => 150',
          '$ * &EXERCISES {aimed at | directed at | in response to | to warn} + => 150',
          '$ * {war games | drills | exercises} simulating {attack | invasion | strike} on + => 150'),
        B('put police on alert | place police on alert | put police on high alert | place police on high alert '
          '| raise the police alert | heighten security | tighten security | step up security | increase security '
          '| beef up security | boost security | raise the security alert | raise the terror alert | raise the threat level '
          '| put security forces on alert | place security forces on alert | go on high alert | declare a security alert '
          '| raise the alert level', '151', '$ * {in | at | around | near} + => 151', '$ * {ahead of | before | after} + {visit | protest | protests | rally} => 151',
          '$ * against + => 151',
          comment='Increase police alert status (151).'),
        B('put troops on alert | place troops on alert | put forces on alert | place forces on alert | put troops on high alert '
          '| place troops on high alert | put the army on alert | place the army on alert | put the military on alert '
          '| raise military alert | raise the military alert level | put nuclear forces on alert | place nuclear forces on alert '
          '| put forces on combat readiness | place forces on combat readiness | raise combat readiness | increase combat readiness '
          '| put air defenses on alert | put air defences on alert | scramble jets | scramble fighter jets | scramble fighters '
          '| go on war footing | put the country on a war footing | declare a military alert | order combat readiness', '152',
          '$ * against + => 152', '$ * near border with + => 152', '$ * {after | in response to | amid tensions with} + => 152',
          comment='Increase military alert status (152).'),
        B('deploy police | send riot police | send in riot police | mobilize police | mobilise police | bring in police reinforcements '
          '| send police reinforcements | deploy security forces | send security forces | send in security forces | call in the police '
          '| deploy riot police | flood the streets with police | deploy the national guard | call out the national guard '
          '| mobilize the national guard | deploy gendarmes | recruit more police | expand the police force | increase police presence '
          '| step up police patrols | deploy thousands of police', '153',
          '$ * to + => 153', '$ * {in | across | around} + => 153', '$ * against + => 153',
          comment='Mobilize or increase police power (153).'),
        B('deploy | send | dispatch | mobilize | mobilise | bring in | call in | rush', '153?', '$ * &POLICE to + => 153', '$ * &POLICE {in | into | around} + => 153',
          '$ * &POLICE against + => 153'),
        B('mobilize | mobilise | mass troops | amass troops | build up forces | build up troops | reinforce | send reinforcements '
          '| call up reservists | call up reserves | announce a mobilization | announce mobilisation | declare mobilization '
          '| declare general mobilization | order a mobilization | order mobilisation | conscript | increase troop levels '
          '| boost troop numbers | bolster military presence | beef up military presence | expand the army | build up the military '
          '| increase military spending | boost defense spending | boost defence spending | raise defense spending '
          '| station more troops | deploy more troops | deploy additional troops | move troops | move tanks | move armor '
          '| concentrate troops | gather troops | position troops | reinforce positions | expand the navy | deploy missiles '
          '| deploy nuclear weapons | station missiles | station nuclear weapons | install missiles', '154',
          '$ * {on | along | near | close to} border with + => 154', '$ * against + => 154', '$ * near + => 154', '$ * to + => 154',
          '$ * {on | along | near} + border => 154',
          comment='Mobilize or increase armed forces (154).'),
        B('deploy | send | dispatch | mass | amass | move | station | position | concentrate | rush | redeploy | build up', '154?',
          '$ * &MILITARY {on | along | near | close to} border with + => 154', '$ * &MILITARY {on | along | near} + border => 154',
          '$ * &MILITARY near + => 154', '$ * &MILITARY against + => 154', '$ * &MILITARY to {border | frontier | front line | front} with + => 154'),
        B('mobilize cyber forces | mobilise cyber forces | create a cyber command | set up a cyber command | establish a cyber command '
          '| build up cyber capabilities | expand cyber capabilities | create a cyber army | set up a cyber army | recruit hackers '
          '| deploy hackers | establish a cyber force | create a cyber force | expand cyber forces | boost cyber defenses '
          '| boost cyber defences | launch a cyber unit | set up a cyber unit | raise the cyber alert level', '155',
          '$ * against + => 155', '$ * to counter + => 155',
          comment='Mobilize or increase cyber-forces (155).'),
    ]


# ---------------------------------------------------------------------------------------------- 16 reduce relations
def root16():
    cut = 'cut | reduce | suspend | halt | freeze | stop | withhold | withdraw | slash | cut off | terminate | end | scale back | cancel | block | pause | curtail | cut back'
    return [
        B('downgrade relations | downgrade ties | freeze relations | freeze ties | scale back ties | scale back relations '
          '| reduce ties | cool ties | suspend cooperation | halt cooperation | end cooperation | freeze cooperation '
          '| cut back contacts | curtail contacts | suspend contacts | suspend exchanges | cancel exchanges | reduce cooperation '
          '| sever cooperation | cancel a visit | call off a visit | postpone a visit | cancel a summit '
          '| call off a summit | cancel a meeting | call off a meeting | cold-shoulder | review relations | reconsider ties '
          '| put relations on hold | put ties on hold | suspend military cooperation | suspend defense cooperation '
          '| suspend defence cooperation | halt military cooperation | end military cooperation | suspend trade talks', '160',
          '$ * with + => 160', '$ * to + => 160', '$ * from + => 160', '$ * + => 160',
          comment='Reduce relations not specified below (160).'),
        B('withdraw | pull out | exit | quit | leave | suspend participation in | suspend its participation in | renounce '
          '| abrogate | tear up | scrap | terminate | suspend | annul | walk away from | back out of | denounce', None,
          '$ * &AGREEMENT with + => 160', '$ * {from | of} &AGREEMENT with + => 160', '$ * + {agreement | accord | deal | treaty | pact} => 160',
          comment='Leaving an agreement or an organisation (160).'),
        B('break off diplomatic relations | break diplomatic relations | break off relations | break off ties | sever ties '
          '| sever diplomatic ties | sever relations | sever diplomatic relations | cut diplomatic ties | cut diplomatic relations '
          '| cut ties | cut off relations | suspend diplomatic relations | suspend diplomatic ties | downgrade diplomatic relations '
          '| downgrade diplomatic ties | recall its ambassador | recall the ambassador | withdraw its ambassador | recall its envoy '
          '| withdraw its envoy | close its embassy | shut its embassy | close the embassy | shut down its embassy | close its consulate '
          '| withdraw diplomats | pull out diplomats | reduce diplomatic staff | cut diplomatic staff | downgrade its mission '
          '| withdraw recognition | revoke recognition | de-recognize', '161',
          '$ * with + => 161', '$ * from + => 161', '$ * in + => 161', '$ * to + => 161',
          comment='Reduce or break diplomatic relations (161), including recalling an ambassador and closing embassies.'),
        B('expel | kick out | order out | declare persona non grata | throw out | eject', '161?',
          '$ * &DIPLOMATS => 161', '$ * + &DIPLOMATS => 161', '$ * &DIPLOMATS of + => 161', '$ * &DIPLOMATS from + => 161',
          '$ * + {embassy staff | diplomatic staff | mission} => 161',
          comment='Expelling another state\'s diplomats is a reduction of diplomatic relations (161); expelling other\n'
                  'individuals is 174 (17-coerce.txt).'),
        B('recall | withdraw | summon home | bring home', '161?', '$ * &DIPLOMATS {from | to | in} + => 161', '$ * {ambassador | envoy} to + => 161'),
        Block(cut.split(' | '), '162?', [('$ * &AID {to | for} +', '162'), ('$ * + &AID', '162'),
                                         ('$ * &ECON_AID {to | for} +', '1621'), ('$ * + &ECON_AID', '1621'),
                                         ('$ * {&MIL_AID | &WEAPON} {to | for} +', '1622'), ('$ * + {&MIL_AID | weapons deliveries | arms deliveries | arms supplies | weapons supplies}', '1622'),
                                         ('$ * {arms deliveries | weapons deliveries | arms supplies | weapons shipments | arms sales} to +', '1622'),
                                         ('$ * &HUM_AID {to | for} +', '1623'), ('$ * + &HUM_AID', '1623')],
              comment='Reduce or stop material aid (162x): economic (1621), military (1622), humanitarian (1623).'),
        B('defund | stop funding | cut funding | cut off funding | withdraw funding | suspend funding | halt funding | freeze funding '
          '| cut aid | slash aid | suspend aid | halt aid | freeze aid | withhold aid | cut off aid | stop aid | end aid', '162',
          '$ * to + => 162', '$ * for + => 162', '$ * + => 162'),
        B('impose | slap | levy | announce | unveil | introduce | adopt | approve | enforce | place | put | apply | level '
          '| expand | tighten | extend | toughen | renew | widen | step up | broaden | ratchet up | reimpose | re-impose | hit', '163?',
          '$ * &SANCTIONS {on | against} + => 163', '$ * new &SANCTIONS {on | against} + => 163', '$ * + with &SANCTIONS => 163',
          '$ * &SANCTIONS targeting + => 163', '$ * {tariffs | duties | levies | export controls} on + {goods | products | imports | exports | steel | companies | firms} => 163',
          '$ * {an embargo | an arms embargo | a trade embargo | an oil embargo | a boycott} {on | against} + => 163',
          comment='Impose embargo, boycott, or sanctions (163): "slapped sanctions on", "imposed an embargo".'),
        B('sanction | blacklist | embargo | penalize economically | freeze assets of | freeze the assets of | seize assets of '
          '| impose a boycott on | put on a blacklist | add to a blacklist | add to the entity list | designate | impose sanctions '
          '| slap sanctions | levy sanctions | impose an embargo | impose tariffs | slap tariffs | impose duties | ban imports '
          '| ban exports | halt imports | halt exports | suspend imports | restrict imports | restrict exports | cut off trade '
          '| suspend trade | halt trade | ban trade | freeze trade | impose an arms embargo | impose a trade embargo', '163',
          '$ * + => 163', '$ * on + => 163', '$ * against + => 163', '$ * from + => 163', '$ * with + => 163', '$ * to + => 163',
          comment='Sanctions verbs and light-verb phrases: the sanctioned actor is the target.'),
        B('ban | halt | suspend | restrict | curb | freeze | cut off | block | stop', None, '$ * &TRADE with + => 163',
          '$ * &TRADE {to | from} + => 163', '$ * + &TRADE => 163',
          comment='Restricting trade with another actor is a sanction (163).'),
        B('freeze | block | seize | confiscate', '163?', '$ * + {assets | funds | accounts | reserves | property | holdings} => 163',
          '$ * {assets | funds | accounts | reserves} {of | belonging to | held by | linked to} + => 163'),
        B('break off | suspend | halt | call off | walk out of | pull out of | abandon | end | cancel | freeze | quit | leave '
          '| withdraw from | boycott | stall | scrap | pull the plug on | terminate | break up | storm out of', '164?',
          '$ * &TALKS with + => 164', '$ * &TALKS => 164', '$ * + &TALKS => 164', '$ * &TALKS between + => 164',
          '$ * {negotiating table | the negotiating table} => 164',
          comment='Halt negotiations (164).'),
        B('walk away from the negotiating table | walk away from talks | walk out of talks | break off talks | break off negotiations '
          '| suspend talks | suspend negotiations | halt talks | halt negotiations | call off talks | end talks | abandon talks '
          '| freeze talks | pull out of talks | quit talks | storm out of talks | cut off dialogue | suspend dialogue | end dialogue '
          '| halt dialogue | freeze dialogue | close the door to talks | shut the door on talks', '164',
          '$ * with + => 164', '$ * + => 164', '% * => 164'),
        B('end | suspend | halt | abandon | withdraw from | quit | pull out of | give up | drop | terminate | call off | step back from', '165?',
          '$ * {mediation | its mediation | mediation efforts | mediation role | role as mediator | good offices | mediating role} => 165',
          '$ * {mediation | mediation efforts | role as mediator | good offices} between + => 165',
          '$ * {mediation | mediation efforts | role as mediator} in + {conflict | dispute | crisis | war | talks} => 165',
          comment='Halt mediation (165).'),
        B('stop mediating | cease mediating | quit as mediator | step down as mediator | resign as mediator | end its mediation '
          '| suspend its mediation | withdraw as mediator | pull out as mediator', '165', '$ * between + => 165', '$ * in + => 165', '$ * + => 165'),
        B('expel | withdraw | pull out | kick out | order out | evict | recall | send home | throw out | remove | oust | eject', '166?',
          '$ * &PEACEKEEPERS => 1661', '$ * &PEACEKEEPERS from + => 1661', '$ * + &PEACEKEEPERS => 1661',
          '$ * &INSPECTORS => 1662', '$ * &INSPECTORS from + => 1662', '$ * + &INSPECTORS => 1662',
          '$ * &AID_AGENCIES => 1663', '$ * &AID_AGENCIES from + => 1663', '$ * + &AID_AGENCIES => 1663',
          '$ * {staff | personnel | mission | delegation | contingent | observers | experts | advisers | advisors} from + => 166',
          comment='Expel or withdraw peacekeepers (1661), inspectors and observers (1662), aid agencies (1663).'),
        B('end the mandate of | terminate the mandate of | refuse to renew the mandate of | close the mission of '
          '| order the closure of | shut down | suspend the operations of | ban | revoke the license of | revoke the accreditation of', '166?',
          '$ * &PEACEKEEPERS => 1661', '$ * &INSPECTORS => 1662', '$ * &AID_AGENCIES => 1663', '$ * + mission => 166'),
        B('withdraw | pull out | evacuate | relocate | pull', '166?', '$ * {staff | personnel | diplomats | embassy staff | mission | citizens | nationals} from + => 166',
          '$ * + {mission | office | offices} => 166'),
    ]


# ---------------------------------------------------------------------------------------------- 17 coerce
def root17():
    return [
        B('coerce | pressure | pressurize | pressurise | force | compel | intimidate | bully | blackmail | browbeat | strong-arm '
          '| twist the arm of | lean on | put pressure on | exert pressure on | step up pressure on | ramp up pressure on '
          '| increase pressure on | pile pressure on | heap pressure on | squeeze | arm-twist | extort', '170',
          '$ * + into => 170', '$ * + to => 170',
          comment='Coerce not specified below (170).'),
        B('seize | damage | vandalize | vandalise | sabotage | deface | loot | plunder | pillage | ransack | raid', '171?',
          '$ * + &PROPERTY => 171', '$ * &PROPERTY {of | belonging to | owned by} + => 171', '$ * + {pipeline | pipelines | cable | cables | facilities | infrastructure | power grid} => 171',
          comment='Seize or damage property not specified below (171).'),
        B('confiscate | seize | impound | expropriate | nationalize | nationalise | commandeer | requisition | detain | capture '
          '| take over | take control of | appropriate | sequester | hijack', '1711?',
          '$ * + {ship | vessel | tanker | oil tanker | cargo | aircraft | plane | assets | property | land | farms | company | companies | firm | factory | factories | mine | mines | oil fields | equipment | goods | boats | fishing boats | trucks} => 1711',
          '$ * {ship | vessel | tanker | cargo | aircraft | assets | property | land | farms | company | companies | factory | equipment | boats} {of | belonging to | owned by | flagged by | operated by | linked to} + => 1711',
          comment='Confiscate property (1711).'),
        B('destroy | demolish | raze | bulldoze | burn down | torch | blow up | flatten | level | wreck | gut | set ablaze | set on fire '
          '| tear down | knock down | dynamite | burn', '1712?',
          '$ * + {home | homes | house | houses | property | buildings | building | village | villages | crops | fields | olive trees | shops | businesses | mosque | church | school | offices | office | farms} => 1712',
          '$ * {homes | houses | property | buildings | villages | crops | shops | businesses | farms} {of | belonging to | owned by} + => 1712',
          comment='Destroy property (1712). Bombardment is 19x; a bomb at a venue is 1834.'),
        B('demolish | raze | bulldoze | tear down', '1712', '$ * + => 1712'),
        B('impose | introduce | tighten | enforce | announce | adopt | slap | place | put', '172?',
          '$ * {restrictions | curbs | controls | limits | measures | rules | requirements | regulations} on + => 172',
          '$ * {travel restrictions | visa restrictions | entry restrictions | a travel ban | a visa ban | an entry ban} on + => 172',
          '$ * {restrictions | curbs | limits | a ban} on {protests | demonstrations | rallies | gatherings | assembly | the press | media | journalists | the internet | social media | free speech | NGOs | civil society | political activity} => 1721',
          '$ * {censorship | media blackout | internet blackout | internet shutdown | news blackout} => 1721',
          '$ * {ban | restrictions} on {party | parties | opposition party | opposition parties | candidates | opposition} => 1722',
          '$ * &CURFEW => 1723', '$ * &CURFEW {on | in} + => 1723', '$ * &EMERGENCY => 1724', '$ * &EMERGENCY {on | in} + => 1724',
          comment='Impose administrative sanctions (172x): restrictions on political freedoms (1721), bans on parties or\n'
                  'politicians (1722), curfews (1723), states of emergency and martial law (1724).'),
        B('revoke | cancel | suspend | withdraw | strip', '172?',
          '$ * + {license | licence | licenses | accreditation | visa | visas | passport | passports | permit | permits | credentials | registration | citizenship | nationality | immunity | residency} => 172',
          '$ * {license | licence | accreditation | visa | visas | permit | registration | citizenship} of + => 172',
          '$ * + of {citizenship | nationality | immunity | licence | license | accreditation | title | titles} => 172'),
        B('censor | gag | muzzle | silence | shut down | close | block | ban | jam | throttle | restrict | suspend | take off the air', '1721?',
          '$ * + {newspaper | newspapers | website | websites | broadcaster | channel | station | TV station | radio station | news agency | media outlet | outlets | accounts | account | app | blog | publication} => 1721',
          '$ * {internet | internet access | social media | websites | messaging apps | mobile networks | the press | media | news outlets} => 1721',
          '$ * {newspaper | website | broadcaster | channel | station | news agency | media outlet} {of | run by | owned by | linked to} + => 1721',
          comment='Restrictions on political freedoms (1721): censorship, shutdowns of media and the internet.'),
        B('ban | outlaw | proscribe | dissolve | deregister | disqualify | bar | blacklist | declare illegal | suspend | delist', '1722?',
          '$ * + {party | movement | candidate | candidates | leader | opposition} => 1722',
          '$ * + from {running | contesting | standing | the election | elections | the ballot | politics | public office | office} => 1722',
          '$ * {party | movement | candidacy} of + => 1722', '$ * + as {a terrorist organization | a terrorist organisation | extremist} => 1722',
          comment='Ban political parties or politicians (1722).'),
        B('ban | outlaw | proscribe | dissolve | deregister | disqualify', '1722', '$ * + => 1722'),
        B('impose a curfew | declare a curfew | enforce a curfew | extend a curfew | reimpose a curfew | order a curfew '
          '| impose a night curfew | impose a 24-hour curfew | slap a curfew', '1723', '$ * {on | in} + => 1723', '$ * + => 1723',
          comment='Impose curfew (1723).'),
        B('declare a state of emergency | impose a state of emergency | extend the state of emergency | impose martial law '
          '| declare martial law | proclaim martial law | invoke emergency powers | impose emergency rule | declare emergency rule '
          '| declare a state of siege | proclaim a state of emergency | invoke martial law | place under martial law', '1724',
          '$ * {on | in} + => 1724', '$ * + => 1724',
          comment='Impose state of emergency or martial law (1724).'),
        B('arrest | detain | apprehend | jail | imprison | charge | indict | prosecute | take into custody | round up | lock up '
          '| nab | incarcerate | remand | put on trial | place under arrest | place under house arrest '
          '| put under house arrest | hold incommunicado | bring charges against | press charges against | file charges against '
          '| issue an arrest warrant for | issue a warrant for | seek the arrest of | summon for questioning '
          '| capture | intern | deprive of liberty | open criminal proceedings against', '173',
          '$ * + => 173', '$ * + on charges of => 173', '$ * + for => 173', '$ * + over => 173', '$ * + on suspicion of => 173',
          '$ * + in connection with => 173', '$ * + with => 173', '$ * + at {airport | border | checkpoint} => 173',
          comment='Arrest, detain, or charge with legal action (173). Capture in battle by armed forces is also coded\n'
                  'here by CAMEO\'s "detain"; hostage-taking by non-state actors is 181.'),
        B('expel | deport | kick out | banish | exile | order out | repatriate forcibly | eject | throw out | send back | evict '
          '| forcibly return | refoul | ban from entering | bar from entering | deny entry to | turn back | declare unwelcome', '174',
          '$ * + => 174', '$ * + from => 174', '$ * + to => 174', '$ * {national | nationals | citizens | journalist | journalists | correspondent | correspondents | migrants | refugees | workers} of + => 174',
          '$ * + {nationals | citizens | journalists | correspondents | migrants | refugees | workers | students} => 174',
          comment='Expel or deport individuals (174). Diplomats are 161; peacekeepers, inspectors, aid agencies 166x.'),
        B('crack down on | clamp down on | suppress | quell | disperse | put down | repress | stifle | break up | tear-gas | teargas '
          '| fire tear gas at | fire teargas at | use tear gas against | use tear gas on | use water cannon on | use water cannon against '
          '| fire rubber bullets at | fire on | open fire on | use force against | use live ammunition against | beat | baton-charge '
          '| charge | brutalize | brutalise | violently disperse | forcibly disperse | crush | quash | smother | round up | persecute '
          '| oppress | terrorize | terrorise | harass | intimidate | club | whip', '175?',
          '$ * {protesters | demonstrators | protests | protest | demonstration | demonstrations | rally | rallies | crowd | crowds | strikers | students | marchers | mourners | worshippers | dissidents | opposition supporters | activists} => 175',
          '$ * + {protesters | demonstrators | supporters | activists | students | strikers | rally | rallies | protest | protests | dissidents | members} => 175',
          '$ * {protesters | demonstrators | supporters | activists | rally | protest | protests} {of | by | from | organized by | organised by} + => 175',
          comment='Use tactics of violent repression (175).'),
        B('crack down on | clamp down on | suppress | repress | persecute | oppress | stifle | brutalize | brutalise | terrorize | terrorise', '175', '$ * + => 175'),
        B('hack | hack into | breach | infiltrate | penetrate | compromise | cyberattack | cyber-attack | target with cyberattacks '
          '| launch a cyberattack | launch a cyber attack | launch a cyber-attack | carry out a cyberattack | carry out a cyber attack '
          '| conduct a cyberattack | mount a cyberattack | stage a cyberattack | deface | knock offline | take down | launch a DDoS attack '
          '| launch denial-of-service attacks | plant malware | deploy malware | deploy ransomware | launch a ransomware attack '
          '| hit with ransomware | disrupt networks | jam', '176?',
          '$ * + {networks | network | systems | computers | computer systems | servers | websites | website | email | emails | accounts | grid | power grid | infrastructure | databases} => 176',
          '$ * {networks | systems | computers | servers | websites | email | accounts | infrastructure | databases} {of | belonging to | run by} + => 176',
          '$ * {on | against} + => 176',
          comment='Attack cybernetically (176).'),
        B('hack | hack into | cyberattack | cyber-attack | target with cyberattacks | hit with cyberattacks | hit with a cyberattack', '176', '$ * + => 176'),
    ]


# ---------------------------------------------------------------------------------------------- 18 assault
def root18():
    return [
        B('carry out | launch | stage | commit | perpetrate | mount | conduct', '180?', '$ * &TERROR_ATTACK {on | against | in | targeting} + => 180',
          '$ * {an attack | attacks | an assault | a raid} {on | against} + {civilians | villagers | worshippers | residents} => 180',
          comment='Use unconventional violence not specified below (180); bombings are 183x.'),
        B('terrorize | terrorise | attack | ambush | raid', '180?', '$ * + {civilians | villagers | worshippers | residents | pilgrims | tourists | shoppers} => 180',
          '$ * {civilians | villagers | worshippers | residents | pilgrims | tourists | shoppers} {in | of} + => 180'),
        B('abduct | kidnap | hijack | take hostage | seize hostages | snatch | hold hostage | take captive | hold captive | carry off '
          '| spirit away | take prisoner | commandeer | hold for ransom | kidnap for ransom | seize as hostages', '181',
          '$ * + => 181', '$ * + from => 181', '$ * &DETAINEES => 181', '$ * {plane | aircraft | bus | ship | vessel | airliner | flight} {of | belonging to | operated by} + => 181',
          '$ * + {plane | aircraft | bus | ship | vessel | airliner | flight | tanker | nationals | citizens | workers | tourists | aid workers | journalists} => 181',
          comment='Abduct, hijack, or take hostage (181). Arrests by authorities are 173.'),
        B('beat | assault | punch | kick | stab | beat up | whip | flog | maim | mutilate | manhandle '
          '| rough up | club | pummel | lash | cane | throw acid on | douse with acid | set upon | mob | shove | slap', '182',
          '$ * + => 182', '$ * + with {sticks | clubs | knives | a knife | machetes | a machete | iron bars | batons | stones | acid} => 182',
          comment='Physically assault not specified below (182): the act of a person or a crowd, not of armed forces.'),
        B('rape | sexually assault | sexually abuse | molest | gang-rape | gang rape | sexually harass | commit sexual violence against '
          '| subject to sexual violence | sexually exploit | use rape as a weapon against | carry out sexual violence against', '1821',
          '$ * + => 1821',
          comment='Sexually assault (1821).'),
        B('torture | subject to torture | waterboard | abuse in custody | torment | beat in custody | electrocute | mistreat in detention '
          '| subject to ill-treatment | inflict torture on | use torture on | use torture against', '1822', '$ * + => 1822',
          comment='Torture (1822).'),
        B('kill | murder | stab to death | beat to death | behead | decapitate | execute | lynch | hack to death | slit the throat of '
          '| strangle | hang to death | stone to death | burn alive | burn to death | shoot in the head | put to death | summarily execute '
          '| extrajudicially kill | bludgeon to death | club to death | kick to death | poison', '1823',
          '$ * + => 1823', '$ * + {civilian | civilians | villager | villagers | worker | workers | hostage | hostages | prisoner | prisoners | journalist | journalists} => 1823',
          comment='Kill by physical assault (1823). Killing in armed combat takes the weapon\'s code (19x) when the\n'
                  'weapon is named; named leaders and officials assassinated are 186 (pattern below).'),
        B('blow up | detonate a bomb | set off a bomb | plant a bomb | explode a bomb | detonate an explosive | set off an explosive '
          '| detonate explosives | set off explosives | plant explosives | hurl a grenade | throw a grenade | lob a grenade | carry out a bombing '
          '| stage a bombing | launch a bomb attack | carry out a bomb attack | detonate a device | set off a device | plant a device', '183',
          '$ * {in | at | near | outside} + => 183', '$ * targeting + => 183', '$ * against + => 183', '$ * + => 183',
          comment='Conduct suicide, car, or other non-military bombing (183x).'),
        B('carry out a suicide bombing | stage a suicide bombing | launch a suicide attack | carry out a suicide attack | blow himself up '
          '| blow herself up | blow themselves up | detonate a suicide vest | detonate an explosive vest | detonate a suicide belt '
          '| detonate an explosive belt | set off a suicide vest | ram a suicide car | launch a suicide car bombing | send a suicide bomber '
          '| dispatch a suicide bomber | use a suicide bomber', '1831',
          '$ * {in | at | near | outside | among} + => 1831', '$ * targeting + => 1831', '$ * against + => 1831', '$ * + => 1831',
          comment='Carry out suicide bombing (1831).'),
        B('detonate a car bomb | set off a car bomb | explode a car bomb | plant a car bomb | carry out a car bombing | launch a car bomb attack '
          '| detonate a truck bomb | set off a truck bomb | explode a truck bomb | ram an explosives-laden truck | ram an explosives-laden car '
          '| ram a car bomb | use a vehicle bomb | detonate a vehicle bomb | set off a vehicle-borne bomb | detonate a VBIED | set off a motorcycle bomb '
          '| detonate a motorcycle bomb | detonate a bus bomb', '1832',
          '$ * {in | at | near | outside} + => 1832', '$ * targeting + => 1832', '$ * against + => 1832', '$ * + => 1832',
          comment='Carry out vehicular bombing (1832).'),
        B('plant a roadside bomb | detonate a roadside bomb | set off a roadside bomb | explode a roadside bomb | plant an IED '
          '| detonate an IED | set off an IED | plant a landmine | lay mines | plant mines | plant improvised explosive devices '
          '| detonate an improvised explosive device | set off an improvised explosive device | hit with a roadside bomb '
          '| target with a roadside bomb | strike with an IED | ambush with a roadside bomb', '1833',
          '$ * {in | at | near | along} + => 1833', '$ * targeting + => 1833', '$ * against + => 1833', '$ * + => 1833',
          comment='Carry out roadside bombing (1833).'),
        B('bomb | blow up | set off a bomb | detonate a bomb | plant a bomb | detonate explosives | set off explosives | plant explosives', '183?',
          '$ * &VENUE {in | of | belonging to | used by} + => 1834', '$ * + &VENUE => 1834', '$ * at &VENUE {in | of} + => 1834',
          comment='Carry out location bombing (1834): a bomb at a market, mosque, hotel, embassy, ...'),
        B('use as human shields | use as a human shield | use civilians as human shields | hide behind civilians | use human shields '
          '| shelter behind civilians | embed among civilians | hold civilians as human shields | take cover among civilians '
          '| place weapons in civilian areas | use hospitals as shields | use schools as shields', '184',
          '$ * against + => 184', '$ * + => 184', '$ * in + => 184',
          comment='Use as human shield (184).'),
        B('use', '184?', '$ * + as {human shields | a human shield | shields | a shield | cover} => 184'),
        B('try to assassinate | attempt to assassinate | try to kill | attempt to kill | plot to assassinate | plot to kill '
          '| make an attempt on the life of | make an assassination attempt on | make an attempt on | target for assassination '
          '| carry out an assassination attempt on | attempt the assassination of | try to murder | attempt to murder | launch an assassination attempt on', '185',
          '$ * + => 185',
          comment='Attempt to assassinate (185).'),
        B('assassinate | carry out a targeted killing of | kill in a targeted strike | eliminate | take out | liquidate | murder', '186?',
          '$ * + {leader | commander | president | prime minister | minister | official | chief | general | governor | mayor | lawmaker | politician | opposition leader | scientist} => 186',
          '$ * {leader | commander | president | prime minister | minister | official | chief | general | governor | mayor | lawmaker | politician | opposition leader | scientist} {of | from} + => 186',
          comment='Assassinate (186).'),
        B('assassinate | carry out a targeted killing of', '186', '$ * + => 186'),
    ]


# ---------------------------------------------------------------------------------------------- 19 fight
def root19():
    return [
        B('attack | fight | battle | strike | hit | raid | ambush | clash with | launch an attack on '
          '| launch an attack against | launch an offensive against | launch an offensive on | mount an offensive against '
          '| mount an attack on | carry out an attack on | carry out attacks on | carry out attacks against | wage war on '
          '| wage war against | go to war with | declare war on | counterattack | repel | attack positions of | storm | target '
          '| open a front against | launch a ground offensive against | launch a ground operation against | launch a military operation against '
          '| launch an incursion into | make an incursion into | launch a cross-border raid into | launch raids on | stage an attack on '
          '| engage in combat with | exchange blows with | invade | launch an invasion of | send troops into | roll into', '190',
          '$ * + => 190', '$ * + positions => 190', '$ * + {troops | forces | soldiers | fighters | units | convoy | base | bases | outpost | positions} => 190',
          '$ * {troops | forces | soldiers | fighters | convoy | base | bases | positions} of + => 190',
          comment='Use conventional military force not specified below (190). "invade" is 190; holding the ground is 192.'),
        B('kill | wound | injure', '190?', '$ * + {soldiers | troops | fighters | militants | rebels | insurgents | servicemen | combatants} => 190',
          '$ * {soldiers | troops | fighters | militants | rebels | insurgents} {of | from} + => 190',
          '$ * + in {attack | fighting | clashes | clash | battle | raid | ambush} => 190'),
        B('blockade | impose a blockade on | besiege | lay siege to | cut off supplies to | encircle | surround | seal off | close the border with '
          '| close border crossings with | shut the border with | restrict movement in | restrict movement of | block access to '
          '| impose a naval blockade on | impose a siege on | tighten the blockade of | tighten the siege of | starve out '
          '| blockade the ports of | close the airspace to | close its airspace to | ban flights from | halt flights to | close ports to', '191',
          '$ * + => 191', '$ * + {ports | port | coast | border | borders | city | town | area | territory} => 191',
          '$ * {ports | coast | border | city | territory} of + => 191',
          comment='Impose blockade, restrict movement (191).'),
        B('close | shut | seal | block', '191?', '$ * {border | borders | crossing | crossings | airspace | ports | strait | sea lanes} {with | to} + => 191',
          '$ * + {border | crossings | airspace | ports} => 191'),
        B('occupy | annex | seize | capture | take control of | take over | overrun | retake | reoccupy | march into | move into '
          '| establish control over | gain control of | hold | grab | conquer | take | seize control of | extend control over '
          '| set up checkpoints in | establish a buffer zone in | establish a foothold in | advance into | push into | enter', '192?',
          '$ * + {territory | land | lands | town | towns | city | cities | village | villages | region | province | island | islands | border area | positions | base | bases | airport | port} => 192',
          '$ * {territory | land | town | city | village | region | province | island | islands | airport | port} {of | belonging to | held by | controlled by} + => 192',
          comment='Occupy territory (192).'),
        B('occupy | annex', '192', '$ * + => 192'),
        B('shoot | open fire on | fire on | fire at | gun down | shoot dead | exchange fire with | exchange gunfire with '
          '| machine-gun | strafe with gunfire | spray with bullets | fire shots at | fire warning shots at | shoot at | pepper with gunfire '
          '| engage in a firefight with | trade fire with | shoot down | fire bullets at | kill in a shootout | clash in a gunfight with', '193',
          '$ * + => 193', '$ * + {soldiers | troops | police | guards | civilians | fighters | patrol} => 193', '$ * {with | using} &SMALL_ARMS + => 193',
          comment='Fight with small arms and light weapons (193).'),
        B('attack | fight | kill | wound | target | hit | engage | fire on | fire at', '193?', '$ * + with &SMALL_ARMS => 193', '$ * + using &SMALL_ARMS => 193'),
        B('shell | pound | bombard | fire artillery at | fire rockets at | fire mortars at | fire shells at | launch rockets at | lob shells at '
          '| lob mortars at | rain shells on | hammer | attack with tanks | attack with artillery | fire tank shells at '
          '| fire rockets into | fire shells into | shell positions of | conduct artillery strikes on | carry out artillery strikes on '
          '| launch an artillery barrage on | unleash an artillery barrage on | hit with artillery | hit with rockets | hit with mortars '
          '| hit with shells | fire missiles at | launch missiles at | fire ballistic missiles at | launch ballistic missiles at | fire a missile at', '194',
          '$ * + => 194', '$ * + {positions | towns | villages | city | cities | border | territory} => 194',
          '$ * {positions | towns | villages | city | territory} of + => 194',
          comment='Fight with artillery and tanks (194), and surface-launched rockets and missiles.'),
        B('attack | fight | kill | wound | target | hit | strike | pound', '194?', '$ * + with &ARTILLERY => 194', '$ * + using &ARTILLERY => 194',
          '$ * + with {tanks | tank fire | artillery fire | rocket fire | mortar fire | missiles} => 194'),
        B('bomb | launch airstrikes on | launch airstrikes against | launch air strikes on | launch air strikes against | carry out airstrikes on '
          '| carry out airstrikes against | carry out air strikes on | carry out air strikes against | conduct airstrikes on | conduct airstrikes against '
          '| conduct air strikes on | strike from the air | fly sorties over | fly sorties against | carry out air raids on | launch air raids on '
          '| drop bombs on | strafe | carry out an airstrike on | launch an airstrike on | carry out a bombing raid on | launch a bombing raid on '
          '| pound from the air | hit with airstrikes | target with airstrikes | bomb positions of | carry out aerial bombardment of '
          '| launch an air campaign against | conduct an air campaign against | use warplanes against | use helicopter gunships against '
          '| drop barrel bombs on | fire from helicopters on', '195',
          '$ * + => 195', '$ * + {positions | targets | bases | towns | villages | city | cities | territory} => 195',
          '$ * {positions | targets | bases | towns | villages | city | territory} of + => 195',
          comment='Employ aerial weapons not specified below (195): airstrikes and bombing from the air.'),
        B('launch | carry out | conduct | stage | mount | order | intensify | step up | resume', '195?',
          '$ * &AIRSTRIKE {on | against | in | targeting} + => 195', '$ * &PGM {strikes | strike | attacks | attack} {on | against | in} + => 1951',
          '$ * {drone strike | drone strikes | drone attack | drone attacks} {on | against | in | targeting} + => 1952',
          '$ * {&DRONE} {strike | strikes | attack | attacks} {on | against | in | targeting} + => 1952'),
        B('attack | hit | strike | target | pound | bomb', '195?', '$ * + with &AIRSTRIKE => 195', '$ * + with {warplanes | jets | fighter jets | bombers | helicopters | helicopter gunships} => 195',
          '$ * + with &PGM => 1951', '$ * + with {cruise missiles | guided missiles | precision strikes | precision-guided munitions | smart bombs} => 1951',
          '$ * + with &DRONE => 1952', '$ * + with {drones | drone strikes | armed drones | kamikaze drones | suicide drones} => 1952'),
        B('fire | launch | drop', '1951?', '$ * &PGM {at | on | into | against} + => 1951', '$ * {cruise missiles | guided bombs | guided missiles | smart bombs} {at | on | into} + => 1951'),
        B('carry out a precision strike on | conduct precision strikes on | launch precision strikes on | launch cruise missile strikes on '
          '| fire cruise missiles at | launch cruise missiles at | strike with cruise missiles | hit with cruise missiles | carry out a cruise missile strike on '
          '| launch a guided missile strike on | hit with precision-guided munitions | hit with smart bombs', '1951', '$ * + => 1951',
          comment='Employ precision-guided aerial munitions (1951).'),
        B('carry out a drone strike on | carry out drone strikes on | launch a drone strike on | launch drone strikes on | launch a drone attack on '
          '| launch drone attacks on | conduct drone strikes on | attack with drones | strike with drones | hit with drones | target with drones '
          '| send drones against | launch kamikaze drones at | fly drones into | carry out a drone attack on | conduct a drone attack on '
          '| launch a wave of drones at | fire drones at | launch drones at | use drones against', '1952', '$ * + => 1952',
          comment='Employ remotely piloted aerial munitions (1952).'),
        B('violate the ceasefire | violate a ceasefire | breach the ceasefire | breach the truce | break the ceasefire | break the truce '
          '| violate the truce | violate the armistice | break the armistice | flout the ceasefire | defy the ceasefire | undermine the ceasefire '
          '| shatter the truce | shatter the ceasefire | break a ceasefire | breach a ceasefire', '196',
          '$ * with + => 196', '$ * by attacking + => 196', '$ * against + => 196', '$ * in + => 196', '$ * + => 196',
          comment='Violate ceasefire (196).'),
        B('violate | breach | break | flout | defy | undermine | shatter | wreck', '196?', '$ * &CEASEFIRE with + => 196', '$ * &CEASEFIRE => 196',
          '$ * &CEASEFIRE by attacking + => 196'),
    ]


# ---------------------------------------------------------------------------------------------- 20 mass violence
def root20():
    return [
        B('wage a campaign of terror against | unleash mass violence against | carry out atrocities against | commit atrocities against '
          '| perpetrate atrocities against | carry out mass atrocities against | unleash a reign of terror on | terrorize the population of', '200',
          '$ * + => 200', '$ * in + => 200',
          comment='Use unconventional mass violence not specified below (200).'),
        B('expel en masse | deport en masse | carry out mass expulsions of | carry out mass deportations of | forcibly displace | displace '
          '| drive out | uproot | forcibly transfer | forcibly deport | mass deport | deport thousands of | expel thousands of '
          '| drive from their homes | force from their homes | forcibly relocate | empty villages of | depopulate', '201',
          '$ * + => 201', '$ * + from => 201', '$ * {residents | civilians | villagers | population | people | families | minorities} {of | from} + => 201',
          '$ * + {residents | civilians | villagers | population | people | families | minority | minorities} => 201',
          comment='Engage in mass expulsion (201).'),
        B('massacre | slaughter | carry out a massacre of | commit a massacre of | carry out mass killings of | commit mass killings of '
          '| kill hundreds of | kill scores of | kill dozens of | kill thousands of | exterminate | mass murder | execute en masse '
          '| commit genocide against | carry out genocide against | perpetrate genocide against | wipe out | annihilate | decimate '
          '| carry out mass executions of | mow down', '202',
          '$ * + => 202', '$ * + {civilians | villagers | residents | people | men | women | children | worshippers | protesters | prisoners} => 202',
          '$ * {civilians | villagers | residents | people | worshippers | protesters | prisoners} {of | in | from} + => 202',
          comment='Engage in mass killings (202), including genocide.'),
        B('ethnically cleanse | carry out ethnic cleansing of | carry out ethnic cleansing against | commit ethnic cleansing against '
          '| conduct ethnic cleansing of | carry out ethnic cleansing in | engage in ethnic cleansing of', '203',
          '$ * + => 203', '$ * + from => 203', '$ * {region | areas | villages | towns | territory} of + => 203',
          comment='Engage in ethnic cleansing (203).'),
        B('use weapons of mass destruction | use WMD | deploy weapons of mass destruction | use a weapon of mass destruction | unleash weapons of mass destruction', '204',
          '$ * against + => 204', '$ * on + => 204', '$ * in + => 204',
          comment='Use weapons of mass destruction not specified below (204).'),
        B('use | deploy | fire | launch | drop | unleash | employ | release', '204?',
          '$ * &CHEMWEAPON {against | on | in} + => 2041', '$ * &CHEMWEAPON => 2041',
          '$ * &NUKE {against | on | at} + => 2042', '$ * weapons of mass destruction {against | on} + => 204'),
        B('gas | launch a chemical attack on | carry out a chemical attack on | carry out a chemical weapons attack on | attack with chemical weapons '
          '| drop chlorine bombs on | attack with nerve gas | attack with sarin | poison with gas | launch a chemical weapons attack on '
          '| launch a biological attack on | carry out a biological attack on | spread anthrax in | use chemical weapons against '
          '| use chemical weapons on | use biological weapons against | fire chemical munitions at | carry out a gas attack on', '2041',
          '$ * + => 2041', '$ * {civilians | residents | people} {in | of} + => 2041', '$ * + {civilians | residents | positions | fighters | town} => 2041',
          comment='Use chemical, biological, or radiological weapons (2041).'),
        B('attack | strike | hit | target | bomb | shell', '2041?', '$ * + with &CHEMWEAPON => 2041', '$ * + with &NUKE => 2042',
          '$ * + using &CHEMWEAPON => 2041'),
        B('detonate a nuclear weapon | detonate a nuclear bomb | drop an atomic bomb on | drop a nuclear bomb on | launch a nuclear strike on '
          '| launch a nuclear attack on | carry out a nuclear strike on | nuke | use nuclear weapons against | use nuclear weapons on '
          '| fire nuclear missiles at | launch nuclear missiles at | explode a nuclear device over | detonate a nuclear device over', '2042',
          '$ * + => 2042', '$ * against + => 2042',
          comment='Detonate nuclear weapons (2042).'),
    ]


# ---------------------------------------------------------------------------------------------- output
FILES = [
    ('01-statement.txt', '01', 'MAKE PUBLIC STATEMENT', root01),
    ('02-appeal.txt', '02', 'APPEAL', root02),
    ('03-intent.txt', '03', 'EXPRESS INTENT TO COOPERATE', root03),
    ('04-consult.txt', '04', 'CONSULT', root04),
    ('05-diplomatic.txt', '05', 'ENGAGE IN DIPLOMATIC COOPERATION', root05),
    ('06-material.txt', '06', 'ENGAGE IN MATERIAL COOPERATION', root06),
    ('07-aid.txt', '07', 'PROVIDE AID', root07),
    ('08-yield.txt', '08', 'YIELD', root08),
    ('09-investigate.txt', '09', 'INVESTIGATE', root09),
    ('10-demand.txt', '10', 'DEMAND', root10),
    ('11-disapprove.txt', '11', 'DISAPPROVE', root11),
    ('12-reject.txt', '12', 'REJECT', root12),
    ('13-threaten.txt', '13', 'THREATEN', root13),
    ('14-protest.txt', '14', 'PROTEST', root14),
    ('15-force-posture.txt', '15', 'EXHIBIT FORCE POSTURE', root15),
    ('16-reduce-relations.txt', '16', 'REDUCE RELATIONS', root16),
    ('17-coerce.txt', '17', 'COERCE', root17),
    ('18-assault.txt', '18', 'ASSAULT', root18),
    ('19-fight.txt', '19', 'FIGHT', root19),
    ('20-mass-violence.txt', '20', 'USE UNCONVENTIONAL MASS VIOLENCE', root20),
]

HEADER = """# CAMEO root {root}: {name}. Verb patterns of the bundled dyad dictionary (docs/dictionaries.md, "Verbs and patterns").
# Generated by scripts/gen_verbs.py -- edit the generator, not this file. Checked by scripts/check_verbs.py.
# Our own work from ordinary English news usage and the CAMEO 1.1b3 code definitions (no peer dictionary used).
# Slots: $ source, + target, * the verb (the lemma or phrase of the block, inflected by the engine), % a compound
# actor coded in both directions; &NAME synsets are in synsets.txt. Words between pattern words may intervene.
# Codes: `X?` subordinate (only when the sentence yields no other event), `A:B` paired (target -> source gets B).

"""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'dict', 'dyad', 'verbs')
    os.makedirs(out_dir, exist_ok=True)
    for fname, root, name, fn in FILES:
        blocks = fn()
        text = HEADER.format(root=root, name=name) + '\n'.join(b.text() for b in blocks)
        with open(os.path.join(out_dir, fname), 'w', encoding='utf-8') as f:
            f.write(text)
        print(f'{fname}: {len(blocks)} blocks')


if __name__ == '__main__':
    main()
