from dbaudit.cli import main

main()
