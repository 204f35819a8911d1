# One-off generator kept beside its output so the set can be reviewed as a table. Run: python3 build-questions.py
import json
RC, RO, RG, ST, SC, DE, LI, UN = "registration_close", "registration_open", "registration", "stage", "schedule", "details", "list", "unknown"
Q = [
 # registration closing
 ("buenas tardes profe hasta cuando hay plazo para inscribir en la feria de ciencias", RC, ["feria-ciencia"], "2027-06-18"),
 ("hasta cuando se inscribe en eureka", RC, ["feria-ciencia"], "2027-06-18"),
 ("eureka cierre de inscripcion", RC, ["feria-ciencia"], "2027-06-18"),
 ("fencyt hasta cuando inscripciones", RC, ["feria-ciencia"], "2027-06-18"),
 ("cuando cierra la postulacion de proyectos de innovacion del fondep", RC, ["proyectos-innovacion"], "2027-05-14"),
 ("concurso de proyectos de innovacion de fondep hasta cuando", RC, ["proyectos-innovacion"], "2027-05-14"),
 ("hasta q dia se postula al concurso de innovacion educativa", RC, ["proyectos-innovacion"], "2027-05-14"),
 ("cnpie 2027 fecha limite", RC, ["proyectos-innovacion"], "2027-05-14"),
 ("hola buenos dias hasta cuando es la inscripcion de los juegos florales", RC, ["juegos-florales"], "2027-05-21"),
 ("jfen inscripcion cierra cuando", RC, ["juegos-florales"], "2027-05-21"),
 ("juegos florales ultimo dia de inscripcion porfa", RC, ["juegos-florales"], "2027-05-21"),
 ("hasta cuando inscribo a mis chicos en los juegos deportivos escolares", RC, ["juegos-escolares"], "2027-04-16"),
 ("inscripcion de delegaciones juegos escolares hasta cuando", RC, ["juegos-escolares"], "2027-04-16"),
 ("jedpa cierre inscripcion", RC, ["juegos-escolares"], "2027-04-16"),
 ("paradeportivos hasta cuando se inscriben", RC, ["juegos-escolares"], "2027-04-16"),
 ("hasta cuando se inscriben los colegios en la onem", RC, ["olimpiada-matematica"], "2027-04-02"),
 ("olimpiada de matematica fecha limite inscripcion", RC, ["olimpiada-matematica"], "2027-04-02"),
 ("olinpiada de matematicas hasta cuando", RC, ["olimpiada-matematica"], "2027-04-02"),
 ("crea y emprende hasta cuando inscriben equipos", RC, ["crea-emprende"], "2027-06-11"),
 ("creaemprende cierre", RC, ["crea-emprende"], "2027-06-11"),
 ("hasta cuando postulo a buenas practicas docentes", RC, ["buenas-practicas"], "2027-06-04"),
 ("bpd postulacion vence cuando", RC, ["buenas-practicas"], "2027-06-04"),
 ("buenas practicas hasta q fecha", RC, ["buenas-practicas"], "2027-06-04"),
 ("hasta cuando reciben trabajos del premio arguedas", RC, ["premio-arguedas"], "2027-07-30"),
 ("premio jose maria arguedas cierre", RC, ["premio-arguedas"], "2027-07-30"),
 ("hasta cuando es la inscripcion del concurso de cuento pasco rimay", RC, ["pasco-rimay"], "2027-05-28"),
 ("pasco rimai hasta cuando", RC, ["pasco-rimay"], "2027-05-28"),
 ("olimpiada de ingles hasta cuando se inscriben", RC, ["pasco-speaks"], "2027-08-27"),
 ("pasco speaks inscripciones cierran", RC, ["pasco-speaks"], "2027-08-27"),
 ("festival de danzas hasta cuando inscripcion", RC, ["festival-danzas"], "2027-07-30"),
 ("hasta cuando inscribo al festival de danzas folcloricas", RC, ["festival-danzas"], "2027-07-30"),
 ("juguemos con los numeros hasta cuando", RC, ["juguemos-numeros"], "2027-04-23"),
 ("conocimientos biblicos cierre de inscripcion", RC, ["conocimientos-biblicos"], "2027-09-10"),
 ("concurso de conocimientos biblicos hasta cuando", RC, ["conocimientos-biblicos"], "2027-09-10"),
 ("conociendo mi region hasta cuando se inscribe", RC, ["conociendo-mi-region"], "2027-06-25"),
 ("debate escolar inscripcion hasta cuando", RC, ["debate-escolar"], "2027-06-11"),
 ("torneo de debate hasta q dia hay inscripcion", RC, ["debate-escolar"], "2027-06-11"),
 # registration opening
 ("cuando abren las inscripciones de eureka", RO, ["feria-ciencia"], "2027-04-12"),
 ("desde cuando se puede inscribir a la feria de ciencia y tecnologia", RO, ["feria-ciencia"], "2027-04-12"),
 ("cuando empieza la postulacion del fondep", RO, ["proyectos-innovacion"], "2027-03-15"),
 ("desde cuando inscripcion juegos florales", RO, ["juegos-florales"], "2027-04-05"),
 ("cuando se abre la inscripcion de la onem", RO, ["olimpiada-matematica"], "2027-03-01"),
 ("desde q fecha se inscribe en crea y emprende", RO, ["crea-emprende"], "2027-05-10"),
 ("cuando abre pasco speaks", RO, ["pasco-speaks"], "2027-08-02"),
 ("cuando abren inscripciones del festival de danzas", RO, ["festival-danzas"], "2027-07-01"),
 ("cuando comienza la inscripcion de buenas practicas docentes", RO, ["buenas-practicas"], "2027-04-19"),
 # stages
 ("cuando es la etapa ugel de eureka", ST, ["feria-ciencia"], "2027-08-09"),
 ("eureka etapa dre cuando es", ST, ["feria-ciencia"], "2027-09-06"),
 ("feria de ciencias etapa regional fecha", ST, ["feria-ciencia"], "2027-09-06"),
 ("cuando es la final nacional de eurika", ST, ["feria-ciencia"], "2027-11-15"),
 ("eureka nacional cuando", ST, ["feria-ciencia"], "2027-11-15"),
 ("cuando salen los resultados de eureka", ST, ["feria-ciencia"], "2027-11-26"),
 ("etapa institucional de la feria de ciencias", ST, ["feria-ciencia"], "2027-06-21"),
 ("cuando es la etapa ie de eureka", ST, ["feria-ciencia"], "2027-06-21"),
 ("resultados del cnpie", ST, ["proyectos-innovacion"], "2027-08-20"),
 ("cuando publican los resultados del concurso de innovacion educativa", ST, ["proyectos-innovacion"], "2027-08-20"),
 ("evaluacion regional del fondep cuando es", ST, ["proyectos-innovacion"], "2027-06-14"),
 ("etapa nacional de los juegos florales", ST, ["juegos-florales"], "2027-10-18"),
 ("juegos florales etapa dre cuando", ST, ["juegos-florales"], "2027-08-23"),
 ("cuando es la etapa ugel de los florales", ST, ["juegos-florales"], "2027-07-12"),
 ("florales etapa ie fechas", ST, ["juegos-florales"], "2027-06-01"),
 ("juegos florales final", ST, ["juegos-florales"], "2027-10-18"),
 ("paradeportivos nacional", ST, ["juegos-escolares"], "2027-09-13"),
 ("cuando es la macroregional de los juegos escolares", ST, ["juegos-escolares"], "2027-07-26"),
 ("juegos escolares etapa regional", ST, ["juegos-escolares"], "2027-06-14"),
 ("final nacional juegos deportivos escolares cuando es", ST, ["juegos-escolares"], "2027-09-13"),
 ("etapa ugel de los juegos escolares deportivos", ST, ["juegos-escolares"], "2027-05-03"),
 ("olimpiada de matematicas etapa dre", ST, ["olimpiada-matematica"], "2027-08-27"),
 ("cuando es la primera fase de la onem", ST, ["olimpiada-matematica"], "2027-04-23"),
 ("segunda fase onem", ST, ["olimpiada-matematica"], "2027-06-11"),
 ("onem tercera fase cuando es", ST, ["olimpiada-matematica"], "2027-08-27"),
 ("onem etapa nacional", ST, ["olimpiada-matematica"], "2027-11-05"),
 ("cuando es la etapa ugel de la olimpiada de mate", ST, ["olimpiada-matematica"], "2027-06-11"),
 ("crea y emprende etapa regional", ST, ["crea-emprende"], "2027-08-16"),
 ("cuando es la nacional de crea y emprende", ST, ["crea-emprende"], "2027-10-04"),
 ("crea emprende etapa ugel fecha", ST, ["crea-emprende"], "2027-07-19"),
 ("cuando dan los resultados de buenas practicas docentes", ST, ["buenas-practicas"], "2027-10-15"),
 ("buenas practicas evaluacion de expedientes", ST, ["buenas-practicas"], "2027-06-21"),
 ("premio arguedas resultados", ST, ["premio-arguedas"], "2027-10-29"),
 ("cuando publican los ganadores del premio arguedas", ST, ["premio-arguedas"], "2027-10-29"),
 ("pasco rimay final regional cuando es", ST, ["pasco-rimay"], "2027-07-08"),
 ("pasco rimay etapa ugel", ST, ["pasco-rimay"], "2027-06-14"),
 ("cuando es la prueba oral de pasco speaks", ST, ["pasco-speaks"], "2027-10-14"),
 ("olimpiada de ingles etapa ugel", ST, ["pasco-speaks"], "2027-09-17"),
 ("final regional olimpiada de ingles", ST, ["pasco-speaks"], "2027-10-14"),
 ("gran final del festival de danzas", ST, ["festival-danzas"], "2027-09-24"),
 ("festival de danzas etapa ugel cuando", ST, ["festival-danzas"], "2027-08-23"),
 ("juguemos con los numeros etapa regional", ST, ["juguemos-numeros"], "2027-06-03"),
 ("conociendo mi region etapa dre", ST, ["conociendo-mi-region"], "2027-08-12"),
 ("conociendo mi region etapa ugel", ST, ["conociendo-mi-region"], "2027-07-15"),
 ("debate escolar etapa regional fecha", ST, ["debate-escolar"], "2027-08-05"),
 ("conocimientos biblicos etapa regional", ST, ["conocimientos-biblicos"], "2027-10-22"),
 # typos, run-ons, greetings
 ("ola profe buenas noches disculpe la hora queria saber cuando es la etapa ugel de eureca gracias", ST, ["feria-ciencia"], "2027-08-09"),
 ("buenas noches directora aqui de la ie de yanahuanca hasta cuando se puede inscribir en juegos florales gracias bendiciones", RC, ["juegos-florales"], "2027-05-21"),
 ("oiga y la onem hasta cuando nomas es la inscripcion", RC, ["olimpiada-matematica"], "2027-04-02"),
 ("q tal colega sabe cuando es la final nacional de los juegos escolares", ST, ["juegos-escolares"], "2027-09-13"),
 ("hola buen dia x favor hasta cuando hay para el fondep", RC, ["proyectos-innovacion"], "2027-05-14"),
 ("ya salio la fecha de la etapa dre de crea y emprende", ST, ["crea-emprende"], "2027-08-16"),
 ("mis alumnos de quinto quieren ir a eureka cuando cierra", RC, ["feria-ciencia"], "2027-06-18"),
 ("profe cuando es la etapa regional de los florales porfis", ST, ["juegos-florales"], "2027-08-23"),
 # schedules and details
 ("cronograma de eureka", SC, ["feria-ciencia"], None),
 ("fechas de la onem", SC, ["olimpiada-matematica"], None),
 ("calendario de los juegos escolares", SC, ["juegos-escolares"], None),
 ("de que trata pasco rimay", DE, ["pasco-rimay"], None),
 ("quien organiza conocimientos biblicos", DE, ["conocimientos-biblicos"], None),
 ("bases del debate escolar", DE, ["debate-escolar"], None),
]
LISTS = [
 ("que concursos hay para inicial", {"intent": LI, "levels": ["inicial"]}),
 ("concursos de inicial", {"intent": LI, "levels": ["inicial"]}),
 ("que concursos hay en agosto", {"intent": LI, "window": {"start": "2027-08-01", "end": "2027-08-31"}}),
 ("que inscripciones cierran en mayo", {"intent": LI, "filter": "closes", "window": {"start": "2027-05-01", "end": "2027-05-31"}}),
 ("que concursos hay", {"intent": LI, "window": None}),
]
UNKNOWN = [
 "mi DNI es 45781236 y mi celular 987654321, correo rosa.quispe@gmail.com",
 "hola",
 "cuando es el concurso de robotica espacial",
 "cuando cierra la olimpiada de quimica",
]
out = []
for i, (q, intent, contests, date) in enumerate(Q, 1):
    expect = {"intent": intent, "contests": contests}
    if date is not None:
        expect["date"] = date
    out.append({"id": f"s{i:03d}", "q": q, "expect": expect})
n = len(out)
for j, (q, expect) in enumerate(LISTS, n + 1):
    out.append({"id": f"s{j:03d}", "q": q, "expect": expect})
n = len(out)
for j, q in enumerate(UNKNOWN, n + 1):
    out.append({"id": f"s{j:03d}", "q": q, "expect": {"intent": UN}})
doc = {
 "description": "Preguntas escritas como las teclean docentes y directores en el celular, evaluadas contra calendario-oficial-2027.csv (importado tal como dice IMPORT-LAYOUT.md). 'now': 2026-12-02 10:00 en Lima. 'date' es el día que la respuesta debe dar (cierre, apertura o inicio de la etapa).",
 "calendar": "calendario-oficial-2027.csv",
 "defaultNow": "2026-12-02T15:00:00Z",
 "questions": out,
}
with open("questions.json", "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(out))
