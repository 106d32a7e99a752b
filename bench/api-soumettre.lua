-- wrk script: soumettreFacture (SAISIE_API) of one invoice line, a new invoice number each call, its quantity (so
-- its amount, 5.40 to 540 EUR) and its date (one of the year's first 300 days) varying as real invoices do, so that
-- the search bench's filters by amount or date keep some of them, not all or none.
-- Environment: BENCH_TOKEN (bearer token), BENCH_ACCOUNT (cpro-account header).
local threads = 0
local counter = 0
local prefix

function setup(thread)
	threads = threads + 1
	thread:set("id", threads)
end

function init(args)
	prefix = "B" .. os.time() .. "-" .. id .. "-"
end

local headers = {
	["Content-Type"] = "application/json;charset=utf-8",
	["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"),
	["cpro-account"] = os.getenv("BENCH_ACCOUNT"),
}

local template = [[{"modeDepot":"SAISIE_API","numeroFactureSaisi":"%s","dateFacture":"%s",
"dateEcheancePaiement":"2027-01-31","cadreDeFacturation":{"codeCadreFacturation":"A1_FACTURE_FOURNISSEUR"},
"destinataire":{"codeDestinataire":"21999900000017","codeServiceExecutant":"ECOLES"},
"fournisseur":{"iban":"FR7630006000011234567890189"},
"references":{"deviseFacture":"EUR","typeFacture":"FACTURE","typeTva":"TVA_SUR_DEBIT","modePaiement":"VIREMENT"},
"lignePoste":[{"lignePosteNumero":1,"lignePosteDenomination":"Ramettes A4","lignePosteQuantite":%d,
"lignePosteUnite":"C62","lignePosteMontantUnitaireHT":4.5,"lignePosteTauxTvaManuel":20}]}]]

request = function()
	counter = counter + 1
	local day = counter % 300
	local date = os.date("!%Y-%m-%d", os.time({year = 2026, month = 1, day = 1, hour = 12}) + day * 86400)
	return wrk.format("POST", "/cpro/factures/v1/soumettre", headers,
		string.format(template, prefix .. counter, date, 1 + (counter * 37) % 100))
end
