-- wrk script: soumettreFacture (SAISIE_API) of one invoice line, a new invoice number each call.
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

local template = [[{"modeDepot":"SAISIE_API","numeroFactureSaisi":"%s","dateFacture":"2026-11-02",
"dateEcheancePaiement":"2026-12-02","cadreDeFacturation":{"codeCadreFacturation":"A1_FACTURE_FOURNISSEUR"},
"destinataire":{"codeDestinataire":"21999900000017","codeServiceExecutant":"ECOLES"},
"fournisseur":{"iban":"FR7630006000011234567890189"},
"references":{"deviseFacture":"EUR","typeFacture":"FACTURE","typeTva":"TVA_SUR_DEBIT","modePaiement":"VIREMENT"},
"lignePoste":[{"lignePosteNumero":1,"lignePosteDenomination":"Ramettes A4","lignePosteQuantite":10,
"lignePosteUnite":"C62","lignePosteMontantUnitaireHT":4.5,"lignePosteTauxTvaManuel":20}]}]]

request = function()
	counter = counter + 1
	return wrk.format("POST", "/cpro/factures/v1/soumettre", headers, string.format(template, prefix .. counter))
end
