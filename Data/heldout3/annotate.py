#!/usr/bin/env python3
"""Writes NAME.gold.json for the third held-out set from the hand-written annotation specs below.

Each spec lists entities (id, type, actor, surface forms) and time expressions (surface, which
occurrences, value, mod); Tools/eval/heldout_gold.py says how they become mentions. Run:
    python3 annotate.py
The specs were written by reading the texts, before Dossier was run on them.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'Tools', 'eval'))
import heldout_gold  # noqa: E402

# id, type, actor, [surfaces]  (the first surface is the entity's name; (form, which) takes only
# those occurrences of the form)
SPECS = {}
TIMEX = {}
CITES = {}

SPECS['nbcnews-1'] = [
    ('nbc-news', 'MEDIA', None, ['NBC News']),
    ('south-korea', 'PLACE', None, ['South Korea', 'South']),
    ('south-korean', 'NORP', 'south-korea', ['South Korean']),
    ('seoul', 'PLACE', 'south-korea', ['Seoul', 'SEOUL']),
    ('yoon-suk-yeol', 'PERSON', None, ['Yoon Suk Yeol', 'Yoon']),
    ('ppp', 'ORG', None, ['People Power Party', 'PPP']),
    ('east-asian', 'NORP', None, ['East Asian']),
    ('united-states', 'PLACE', None, ['U.S.']),
    ('han-dong-hoon', 'PERSON', None, ['Han Dong-hoon', 'Han']),
    ('lee-jae-myung', 'PERSON', None, ['Lee Jae-myung', 'Lee']),
    ('democratic-party', 'ORG', None, ['Democratic Party']),
    ('margie-kim', 'PERSON', None, ['Margie Kim']),
    ('gallup-korea', 'ORG', None, ['Gallup Korea']),
    ('korea-times', 'MEDIA', None, ['Korea Times']),
    ('nuclear-consultative-group', 'ORG', None, ['Nuclear Consultative Group']),
    ('washington', 'PLACE', 'united-states', ['Washington']),
    ('biden', 'PERSON', None, ['Biden']),
    ('north-korea', 'PLACE', None, ['North Korea']),
    ('china', 'PLACE', None, ['China']),
    ('russia', 'PLACE', None, ['Russia']),
    ('american', 'NORP', 'united-states', ['American']),
    ('pacific-ocean', 'PLACE', None, ['Pacific Ocean']),
    ('state-department', 'ORG', None, ['State Department']),
    ('vedant-patel', 'PERSON', None, ['Vedant Patel']),
    ('national-assembly', 'ORG', None, ['National Assembly']),
    ('kim-yong-hyun', 'PERSON', None, ['Kim Yong-hyun', 'Kim']),
    ('lee-sang-min', 'PERSON', None, ['Lee Sang-min']),
    ('mnd', 'ORG', None, ['Ministry of National Defense']),
    ('supreme-court', 'ORG', None, ['Supreme Court']),
    ('stella-kim', 'PERSON', None, ['Stella Kim']),
    ('jennifer-jett', 'PERSON', None, ['Jennifer Jett']),
    ('hong-kong', 'PLACE', None, ['Hong Kong']),
    ('abigail-williams', 'PERSON', None, ['Abigail Williams']),
    ('beomsu-jo', 'PERSON', None, ['Beomsu Jo']),
    ('anthony-wallace', 'PERSON', None, ['Anthony Wallace']),
    ('afp', 'MEDIA', None, ['AFP']),
    ('getty-images', 'MEDIA', None, ['Getty Images']),
    ('ezra-acayan', 'PERSON', None, ['Ezra Acayan']),
]
TIMEX['nbcnews-1'] = [
    ('December 7, 2024', 0, '2024-12-07', None),
    ('10:30 p.m. Tuesday', 0, '2024-12-03T22:30', None),
    ('4:30 a.m. Wednesday', 0, '2024-12-04T04:30', None),
    ('early Wednesday', 0, '2024-12-04', 'START'),
    ('Wednesday', 0, '2024-12-11', None),
    ('Saturday', 0, '2024-12-07', None),
    ('Friday', 0, '2024-12-06', None),
    ('Thursday', 0, '2024-12-05', None),
    ('over two minutes', 0, 'PT2M', None),
    ('this week', 0, '2024-W49', None),
    ('a week earlier', 0, '2024-W48', None),
    ('2022', 0, '2022', None),
    ('now', 0, 'PRESENT_REF', None),
    ('decades', 0, 'PXDE', None),
    ('six hours', 0, 'PT6H', None),
    ('48 hours', 0, 'PT48H', None),
    ('hours', 0, 'PTXH', None),
    ('1980', 0, '1980', None),
    ('next year', 0, '2025', None),
]

SPECS['guardian-1'] = [
    ('guardian', 'MEDIA', None, ['Guardian']),
    ('maori', 'NORP', None, ['Māori']),
    ('hori-parata', 'PERSON', None, ['Hori Parata', 'Parata']),
    ('te-kaurinui-parata', 'PERSON', None, ['Te Kaurinui Robert Parata', 'Te Kaurinui Parata',
                                            'Te Kaurinui Robert', 'Te Kaurinui', ('Kauri', [1, 2]),
                                            ('Parata', [5, 13])]),
    ('new-zealand', 'PLACE', None, ['New Zealand', 'Aotearoa']),
    ('new-zealanders', 'NORP', 'new-zealand', ['New Zealanders']),
    ('northland', 'PLACE', None, ['Northland']),
    ('ngatiwai', 'NORP', None, ['Ngātiwai']),
    ('pataua', 'PLACE', None, ['Pātaua']),
    ('whangarei', 'PLACE', None, ['Whangārei']),
    ('manu-taupunga', 'ORG', None, ['Manu Taupunga']),
    ('doc', 'ORG', None, ['Department of Conservation']),
    ('project-jonah', 'ORG', None, ['Project Jonah']),
    ('stewart-island', 'PLACE', None, ['Stewart Island']),
    ('ninety-mile-beach', 'PLACE', None, ['Ninety Mile Beach', 'Ninety Mile beach']),
    ('chatham-islands', 'PLACE', None, ['Chatham Islands']),
    ('buck-cullen', 'PERSON', None, ['Buck Cullen', 'Cullen']),
    ('kaiarahi', 'PERSON', None, ['Kaiarahi']),
    ('south-taranaki', 'PLACE', None, ['South Taranaki']),
    ('kaupokonui', 'PLACE', None, ['Kaupokonui']),
    ('hihiaua-cultural-centre', 'ORG', None, ['Hihiaua Cultural Centre']),
    ('whangarei-harbour', 'PLACE', None, ['Whangārei Harbour']),
    ('tamaterau', 'PLACE', None, ['Tamaterau']),
    ('kaitaia', 'PLACE', None, ['Kaitaia']),
    ('jamie-werner', 'PERSON', None, ['Jamie Werner', 'Werner']),
]
TIMEX['guardian-1'] = [
    ('January 3, 2019', 0, '2019-01-03', None),
    ('Seven decades', 0, 'P70Y', None),
    ('now', 0, 'PRESENT_REF', None),
    ('today', 0, 'PRESENT_REF', None),
    ('1840', 0, '1840', None),
    ('November', 0, '2018-11', None),
    ('These days', 0, 'PRESENT_REF', None),
    ('this year', 0, '2019', None),
    ('recently', 0, 'PAST_REF', None),
    ('1998', 0, '1998', None),
]

SPECS['cnnmoney-1'] = [
    ('cnnmoney', 'MEDIA', None, ['CNNMoney']),
    ('united-states', 'PLACE', None, ['United States', 'U.S.']),
    ('stanford-university', 'ORG', None, ['Stanford University']),
    ('cpi', 'ORG', None, ['Center on Poverty and Inequality']),
    ('finland', 'PLACE', None, ['Finland']),
    ('norway', 'PLACE', None, ['Norway']),
    ('australia', 'PLACE', None, ['Australia']),
    ('canada', 'PLACE', None, ['Canada']),
    ('germany', 'PLACE', None, ['Germany']),
    ('france', 'PLACE', None, ['France']),
    ('united-kingdom', 'PLACE', None, ['United Kingdom']),
    ('italy', 'PLACE', None, ['Italy']),
    ('spain', 'PLACE', None, ['Spain']),
    ('american', 'NORP', 'united-states', ['American']),
]
TIMEX['cnnmoney-1'] = [
    ('February 1, 2016', 0, '2016-02-01', None),
    ('Monday', 0, '2016-02-01', None),
]

SPECS['salon-1'] = [
    ('salon', 'MEDIA', None, ['Salon']),
    ('uber', 'ORG', None, ['Uber']),
    ('ayn-rand', 'PERSON', None, ['Ayn Rand']),
    ('sydney', 'PLACE', None, ['Sydney']),
    ('australia', 'PLACE', None, ['Australia']),
    ('man-haron-monis', 'PERSON', None, ['Man Haron Monis']),
    ('cbd', 'PLACE', None, ['Central Business District', 'CBD']),
    ('islamic', 'NORP', None, ['Islamic']),
    ('reuters', 'MEDIA', None, ['Reuters']),
    ('mashable', 'MEDIA', None, ['Mashable']),
    ('australian', 'NORP', 'australia', ['Australian']),
    ('twitter', 'ORG', None, ['Twitter']),
    ('tyler-cowen', 'PERSON', None, ['Tyler Cowen']),
    ('hurricane-sandy', 'EVENT', None, ['Hurricane Sandy']),
    ('new-york', 'PLACE', None, ['New York']),
    ('walmart', 'ORG', None, ['Walmart']),
    ('americans', 'NORP', None, ['Americans']),
    ('alexis-madrigal', 'PERSON', None, ['Alexis Madrigal']),
    ('san-francisco', 'PLACE', None, ['San Francisco']),
    ('los-angeles', 'PLACE', None, ['Los Angeles']),
    ('teamsters', 'ORG', None, ['Teamsters']),
    ('white-house', 'ORG', None, ['White House']),
    ('david-plouffe', 'PERSON', None, ['David Plouffe']),
    ('rebecca-solnit', 'PERSON', None, ['Rebecca Solnit']),
]
TIMEX['salon-1'] = [
    ('February 1, 2015', 0, '2015-02-01', None),
    ('recent months', 0, 'PAST_REF', None),
    ('soon', 0, 'FUTURE_REF', None),
    ('now', 0, 'PRESENT_REF', None),
    ('the past', 0, 'PAST_REF', None),
    ('many decades', 0, 'PXDE', None),
]

heldout_gold.build_all(HERE, SPECS, TIMEX, CITES)
